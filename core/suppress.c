#include "core/suppress.h"
#include "core/text.h"
#include "core/util.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#define MARKER "driso:ignore"

bool suppress_line_matches(const char *line, size_t len, const char *rule, char **reason)
{
	*reason = NULL;
	char *copy = xstrndup(line, len);
	char *m = strstr(copy, MARKER);
	bool hit = false;
	if (!m)
		goto out;
	char *p = m + strlen(MARKER);
	while (*p == ' ' || *p == '\t' || *p == ':')
		p++;
	char *rules_end = p + strcspn(p, " \t");
	char saved = *rules_end;
	*rules_end = '\0';
	for (char *tok = p; *tok;) {
		size_t n = strcspn(tok, ",");
		if ((n == 1 && tok[0] == '*') || (n == strlen(rule) && !strncmp(tok, rule, n)))
			hit = true;
		tok += n;
		if (*tok == ',')
			tok++;
	}
	*rules_end = saved;
	if (hit) {
		char *r = rules_end;
		while (*r == ' ' || *r == '\t')
			r++;
		/* drop a closing block comment and trailing blanks */
		char *close = strstr(r, "*/");
		if (close)
			*close = '\0';
		size_t rl = strlen(r);
		while (rl && (r[rl - 1] == ' ' || r[rl - 1] == '\t' || r[rl - 1] == '\r'))
			r[--rl] = '\0';
		if (rl)
			*reason = xstrdup(r);
	}
out:
	free(copy);
	return hit;
}

struct text_cache {
	char *file;
	struct text_file *text;
};

static struct text_file *cached_text(struct text_cache **cache, size_t *n, const char *root, const char *file)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*cache)[i].file, file))
			return (*cache)[i].text;
	*cache = xrealloc(*cache, (*n + 1) * sizeof(**cache));
	char *full = file[0] == '/' ? xstrdup(file) : path_join(root, file);
	struct text_error err;
	(*cache)[*n].file = xstrdup(file);
	(*cache)[*n].text = text_load(full, &err);
	free(full);
	return (*cache)[(*n)++].text;
}

static bool inline_suppressed(struct text_file *t, struct finding *f)
{
	for (int line = f->line; line >= f->line - 1 && line >= 1; line--) {
		if ((size_t)line > t->n_lines)
			continue;
		size_t len;
		const char *s = text_line(t, line, &len);
		char *reason;
		if (!suppress_line_matches(s, len, f->rule, &reason))
			continue;
		if (!reason) {
			finding_add_evidence(f, f->file, line, 1,
					     "driso:ignore without a reason does not suppress; add why after the rule id");
			return false;
		}
		f->suppressed = true;
		free(f->suppression_reason);
		f->suppression_reason = reason;
		return true;
	}
	return false;
}

void suppress_apply(struct finding_list *l, const char *root, const struct driso_config *cfg)
{
	struct text_cache *cache = NULL;
	size_t n_cache = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct finding *f = l->items[i];
		for (size_t s = 0; cfg && s < cfg->n_suppress && !f->suppressed; s++) {
			const struct config_suppression *cs = &cfg->suppress[s];
			if (strcmp(cs->rule, "*") && strcmp(cs->rule, f->rule))
				continue;
			if (cs->file && fnmatch(cs->file, f->file, 0))
				continue;
			f->suppressed = true;
			finding_set(&f->suppression_reason, cs->reason);
		}
		if (f->suppressed)
			continue;
		struct text_file *t = cached_text(&cache, &n_cache, root, f->file);
		if (t)
			inline_suppressed(t, f);
	}
	for (size_t i = 0; i < n_cache; i++) {
		free(cache[i].file);
		text_free(cache[i].text);
	}
	free(cache);
}
