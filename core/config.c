#include "core/config.h"
#include "core/finding.h"
#include "core/options.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

static int string_array(const char *path, const cJSON *root, const char *name,
			char ***out, size_t *n, struct diag_list *errors)
{
	const cJSON *a = cJSON_GetObjectItemCaseSensitive(root, name);
	if (!a)
		return 0;
	if (!cJSON_IsArray(a)) {
		diag_add(errors, path, 1, "%s: expected an array of strings", name);
		return -1;
	}
	size_t cnt = (size_t)cJSON_GetArraySize(a), i = 0;
	*out = xcalloc(cnt + 1, sizeof(char *));
	const cJSON *it;
	cJSON_ArrayForEach(it, a) {
		if (!cJSON_IsString(it)) {
			diag_add(errors, path, 1, "%s[%zu]: expected a string", name, i);
			*n = i;
			return -1;
		}
		(*out)[i++] = xstrdup(it->valuestring);
	}
	*n = i;
	return 0;
}

static int os_field(const char *path, const cJSON *root, const char *name, int *out, struct diag_list *errors)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, name);
	if (!v)
		return 0;
	int b = cJSON_IsString(v) ? parse_os_build(v->valuestring) : 0;
	if (!b) {
		diag_add(errors, path, 1, "%s: expected an OS version such as \"10.0.17134\" or \"1803\"", name);
		return -1;
	}
	*out = b;
	return 0;
}

int config_parse(const char *path, const char *json, struct driso_config *cfg, struct diag_list *errors)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->path = xstrdup(path);
	cJSON *root = cJSON_Parse(json);
	if (!root || !cJSON_IsObject(root)) {
		int line = 1;
		const char *at = cJSON_GetErrorPtr();
		if (!root && at && at >= json && at <= json + strlen(json))
			for (const char *p = json; p < at; p++)
				line += *p == '\n';
		diag_add(errors, path, line, "not a valid JSON object");
		cJSON_Delete(root);
		return -1;
	}
	int rc = 0;
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "company");
	if (v) {
		if (cJSON_IsString(v) && *v->valuestring)
			cfg->company = xstrdup(v->valuestring);
		else {
			diag_add(errors, path, 1, "company: expected a non-empty string");
			rc = -1;
		}
	}
	rc |= os_field(path, root, "target_os", &cfg->target_build, errors);
	rc |= os_field(path, root, "wbuild", &cfg->wbuild, errors);
	rc |= string_array(path, root, "exclude", &cfg->exclude, &cfg->n_exclude, errors);
	rc |= string_array(path, root, "include_dirs", &cfg->include_dirs, &cfg->n_include_dirs, errors);
	rc |= string_array(path, root, "defines", &cfg->defines, &cfg->n_defines, errors);

	const cJSON *rules = cJSON_GetObjectItemCaseSensitive(root, "rules");
	if (rules) {
		if (!cJSON_IsObject(rules)) {
			diag_add(errors, path, 1, "rules: expected an object of rule id -> severity");
			rc = -1;
		} else {
			cfg->rules = xcalloc((size_t)cJSON_GetArraySize(rules) + 1, sizeof(*cfg->rules));
			const cJSON *it;
			cJSON_ArrayForEach(it, rules) {
				int sev = -1;
				if (cJSON_IsString(it))
					sev = !strcmp(it->valuestring, "off") ? RULE_OFF : severity_parse(it->valuestring);
				if (sev == -1) {
					diag_add(errors, path, 1, "rules.%s: expected \"error\", \"warning\", \"note\" or \"off\"", it->string);
					rc = -1;
					continue;
				}
				cfg->rules[cfg->n_rules].rule = xstrdup(it->string);
				cfg->rules[cfg->n_rules++].severity = sev;
			}
		}
	}

	const cJSON *sup = cJSON_GetObjectItemCaseSensitive(root, "suppress");
	if (sup) {
		if (!cJSON_IsArray(sup)) {
			diag_add(errors, path, 1, "suppress: expected an array");
			rc = -1;
		} else {
			cfg->suppress = xcalloc((size_t)cJSON_GetArraySize(sup) + 1, sizeof(*cfg->suppress));
			size_t i = 0;
			const cJSON *it;
			cJSON_ArrayForEach(it, sup) {
				const cJSON *r = cJSON_GetObjectItemCaseSensitive(it, "rule");
				const cJSON *f = cJSON_GetObjectItemCaseSensitive(it, "file");
				const cJSON *why = cJSON_GetObjectItemCaseSensitive(it, "reason");
				if (!cJSON_IsObject(it) || !cJSON_IsString(r) || (f && !cJSON_IsString(f)) ||
				    !cJSON_IsString(why) || !*why->valuestring) {
					diag_add(errors, path, 1, "suppress[%zu]: expected {\"rule\": string, \"file\": string (optional), \"reason\": non-empty string}", i);
					rc = -1;
				} else {
					struct config_suppression *s = &cfg->suppress[cfg->n_suppress++];
					s->rule = xstrdup(r->valuestring);
					s->file = f ? xstrdup(f->valuestring) : NULL;
					s->reason = xstrdup(why->valuestring);
				}
				i++;
			}
		}
	}
	cJSON_Delete(root);
	return rc ? -1 : 0;
}

int config_load(const char *root, struct driso_config *cfg, struct diag_list *errors)
{
	memset(cfg, 0, sizeof(*cfg));
	char *dir = path_is_dir(root) ? xstrdup(root) : path_dirname(root);
	char *path = path_join(dir, DRISO_CONFIG_FILE);
	free(dir);
	int rc = 0;
	if (path_is_file(path)) {
		char *data;
		size_t len;
		if (read_file(path, &data, &len)) {
			diag_add(errors, path, 1, "cannot read the config file");
			rc = -1;
		} else {
			rc = config_parse(path, data, cfg, errors);
			free(data);
		}
	}
	free(path);
	return rc;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void config_free(struct driso_config *cfg)
{
	free(cfg->path);
	free(cfg->company);
	free_strv(cfg->exclude, cfg->n_exclude);
	free_strv(cfg->include_dirs, cfg->n_include_dirs);
	free_strv(cfg->defines, cfg->n_defines);
	for (size_t i = 0; i < cfg->n_rules; i++)
		free(cfg->rules[i].rule);
	free(cfg->rules);
	for (size_t i = 0; i < cfg->n_suppress; i++) {
		free(cfg->suppress[i].rule);
		free(cfg->suppress[i].file);
		free(cfg->suppress[i].reason);
	}
	free(cfg->suppress);
	memset(cfg, 0, sizeof(*cfg));
}

bool config_excluded(const struct driso_config *cfg, const char *relpath)
{
	for (size_t i = 0; i < cfg->n_exclude; i++) {
		const char *pat = cfg->exclude[i];
		if (!fnmatch(pat, relpath, 0))
			return true;
		/* "dir/" or "dir" excludes everything below it */
		size_t pl = strlen(pat);
		while (pl && pat[pl - 1] == '/')
			pl--;
		if (pl && !strncmp(relpath, pat, pl) && relpath[pl] == '/')
			return true;
	}
	return false;
}

int config_rule_severity(const struct driso_config *cfg, const char *rule, int deflt)
{
	for (size_t i = 0; i < cfg->n_rules; i++)
		if (!strcmp(cfg->rules[i].rule, rule))
			return cfg->rules[i].severity;
	return deflt;
}
