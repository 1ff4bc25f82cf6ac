/*
 * compile_env_msgtext: the header mc.exe generates from a message text
 * file (.mc): the event-log and FormatMessage IDs drivers and tools use
 * (IoAllocateErrorLogEntry codes, MSG_* strings of a console tool).
 *
 * Done as mc does it (Learn, "Message Text Files"): `;` lines are copied
 * without the `;`; SeverityNames/FacilityNames entries with a symbolic name
 * become `#define name value`; every message becomes
 * `#define SymbolicName ((Typedef)0xVALUEL)` with
 * value = severity << 30 | facility << 16 | id. A MessageId without a value
 * is the previous one of its facility plus one (`+N`: plus N); Severity and
 * Facility carry over from the previous message. Message text is skipped up
 * to the line holding a single `.`.
 */
#include "analyzer/compile_env_internal.h"

#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct mc_name {
	char name[64];
	unsigned long value;
};

struct mc_names {
	struct mc_name v[64];
	size_t n;
};

struct mc_state {
	struct strbuf out;
	char typedef_name[64];
	struct mc_names sev, fac;
	unsigned long last_id[65]; /* per facility slot (index into fac, +1 for "none") */
	unsigned long severity, facility;
	size_t facility_slot;
	/* the message being defined */
	bool in_message;
	unsigned long id;
	char symbol[128];
};

static const char *skip_blank(const char *p, const char *e)
{
	while (p < e && isspace((unsigned char)*p))
		p++;
	return p;
}

static size_t word_len(const char *p, const char *e)
{
	size_t n = 0;
	while (p + n < e && (isalnum((unsigned char)p[n]) || p[n] == '_' || p[n] == '+' || p[n] == '.'))
		n++;
	return n;
}

static void names_set(struct mc_names *ns, const char *name, size_t nl, unsigned long v)
{
	for (size_t i = 0; i < ns->n; i++)
		if (strlen(ns->v[i].name) == nl && !strncasecmp(ns->v[i].name, name, nl)) {
			ns->v[i].value = v;
			return;
		}
	if (ns->n < sizeof(ns->v) / sizeof(ns->v[0]) && nl < sizeof(ns->v[0].name)) {
		memcpy(ns->v[ns->n].name, name, nl);
		ns->v[ns->n].name[nl] = '\0';
		ns->v[ns->n++].value = v;
	}
}

static long names_find(const struct mc_names *ns, const char *name, size_t nl)
{
	for (size_t i = 0; i < ns->n; i++)
		if (strlen(ns->v[i].name) == nl && !strncasecmp(ns->v[i].name, name, nl))
			return (long)i;
	return -1;
}

/* `(Name=0x1:SYMBOL Other=2 ...)`; p points after the `=`. Returns the end. */
static const char *parse_names(struct mc_state *st, struct mc_names *ns, const char *p, const char *e)
{
	p = skip_blank(p, e);
	if (p >= e || *p != '(')
		return p;
	ns->n = 0;
	for (p++; p < e && *p != ')';) {
		p = skip_blank(p, e);
		size_t nl = word_len(p, e);
		if (!nl) {
			p++;
			continue;
		}
		const char *name = p;
		p = skip_blank(p + nl, e);
		if (p >= e || *p != '=')
			continue;
		char *end;
		unsigned long v = strtoul(skip_blank(p + 1, e), &end, 0);
		names_set(ns, name, nl, v);
		p = end;
		if (p < e && *p == ':') {
			size_t sl = word_len(p + 1, e);
			if (sl)
				strbuf_addf(&st->out, "#define %.*s 0x%lX\n", (int)sl, p + 1, v);
			p += 1 + sl;
		}
	}
	return p < e ? p + 1 : p;
}

static void end_message(struct mc_state *st)
{
	if (!st->in_message)
		return;
	unsigned long code = (st->severity & 3) << 30 | (st->facility & 0xFFF) << 16 | (st->id & 0xFFFF);
	if (st->symbol[0]) {
		if (st->typedef_name[0])
			strbuf_addf(&st->out, "#define %s ((%s)0x%08lXL)\n", st->symbol, st->typedef_name, code);
		else
			strbuf_addf(&st->out, "#define %s 0x%08lXL\n", st->symbol, code);
	}
	st->last_id[st->facility_slot] = st->id;
	st->in_message = false;
	st->symbol[0] = '\0';
}

static void keyword(struct mc_state *st, const char *k, size_t kl, const char **pp, const char *e)
{
	const char *p = skip_blank(*pp, e);
	size_t vl = word_len(p, e);
#define KW(s) (kl == strlen(s) && !strncasecmp(k, s, kl))
	if (KW("SeverityNames")) {
		*pp = parse_names(st, &st->sev, p, e);
		return;
	}
	if (KW("FacilityNames")) {
		*pp = parse_names(st, &st->fac, p, e);
		return;
	}
	if (KW("LanguageNames")) {
		const char *close = memchr(p, ')', (size_t)(e - p));
		*pp = close ? close + 1 : e;
		return;
	}
	*pp = p + vl;
	if (KW("MessageIdTypedef")) {
		if (vl < sizeof(st->typedef_name)) {
			memcpy(st->typedef_name, p, vl);
			st->typedef_name[vl] = '\0';
		}
	} else if (KW("MessageId")) {
		end_message(st);
		st->in_message = true;
		unsigned long prev = st->last_id[st->facility_slot];
		if (vl == 0)
			st->id = prev + 1;
		else if (*p == '+')
			st->id = prev + strtoul(p + 1, NULL, 0);
		else
			st->id = strtoul(p, NULL, 0);
	} else if (KW("Severity")) {
		long i = names_find(&st->sev, p, vl);
		if (i >= 0)
			st->severity = st->sev.v[i].value;
	} else if (KW("Facility")) {
		long i = names_find(&st->fac, p, vl);
		if (i >= 0) {
			st->facility = st->fac.v[i].value;
			st->facility_slot = (size_t)i + 1;
		}
	} else if (KW("SymbolicName")) {
		if (vl < sizeof(st->symbol)) {
			memcpy(st->symbol, p, vl);
			st->symbol[vl] = '\0';
		}
	}
#undef KW
}

char *env_msgtext_stub(const char *mc)
{
	struct text_error err;
	struct text_file *tf = text_load(mc, &err);
	if (!tf)
		return NULL;
	struct mc_state st = { 0 };
	strbuf_init(&st.out, 4096);
	strbuf_addf(&st.out, "/* driso: stand-in for the header mc.exe generates from %s */\n", path_basename(mc));
	names_set(&st.sev, "Success", 7, 0);
	names_set(&st.sev, "Informational", 13, 1);
	names_set(&st.sev, "Warning", 7, 2);
	names_set(&st.sev, "Error", 5, 3);
	names_set(&st.fac, "System", 6, 0x0FF);
	names_set(&st.fac, "Application", 11, 0xFFF);

	for (size_t ln = 0; ln < tf->n_lines; ln++) {
		const char *p = tf->utf8 + tf->line_starts[ln];
		const char *e = ln + 1 < tf->n_lines ? tf->utf8 + tf->line_starts[ln + 1] : tf->utf8 + tf->len;
		while (e > p && (e[-1] == '\n' || e[-1] == '\r'))
			e--;
		const char *b = skip_blank(p, e);
		if (b < e && *b == ';') {
			strbuf_add(&st.out, b + 1, (size_t)(e - b - 1));
			strbuf_addch(&st.out, '\n');
			continue;
		}
		/* keyword=value pairs, several per line */
		while ((b = skip_blank(b, e)) < e) {
			size_t kl = word_len(b, e);
			const char *eq = skip_blank(b + kl, e);
			if (!kl || eq >= e || *eq != '=')
				break;
			const char *k = b;
			b = eq + 1;
			bool names = kl == 13 && (!strncasecmp(k, "SeverityNames", 13) || !strncasecmp(k, "FacilityNames", 13) ||
						  !strncasecmp(k, "LanguageNames", 13));
			const char *open = names ? memchr(b, '(', (size_t)(e - b)) : NULL;
			if (open && !memchr(open, ')', (size_t)(e - open))) {
				/* a name list spanning lines: join them up to the ')' */
				struct strbuf joined;
				strbuf_init(&joined, 128);
				strbuf_add(&joined, b, (size_t)(e - b));
				while (++ln < tf->n_lines) {
					const char *q = tf->utf8 + tf->line_starts[ln];
					const char *qe = ln + 1 < tf->n_lines ? tf->utf8 + tf->line_starts[ln + 1] : tf->utf8 + tf->len;
					strbuf_addch(&joined, ' ');
					strbuf_add(&joined, q, (size_t)(qe - q));
					if (memchr(q, ')', (size_t)(qe - q)))
						break;
				}
				const char *jb = joined.buf;
				keyword(&st, k, kl, &jb, joined.buf + joined.len);
				strbuf_release(&joined);
				break;
			}
			bool language = kl == 8 && !strncasecmp(k, "Language", 8);
			keyword(&st, k, kl, &b, e);
			if (language) {
				/* message text up to a line that is just "." */
				while (++ln < tf->n_lines) {
					const char *q = tf->utf8 + tf->line_starts[ln];
					const char *qe = ln + 1 < tf->n_lines ? tf->utf8 + tf->line_starts[ln + 1] : tf->utf8 + tf->len;
					while (qe > q && (qe[-1] == '\n' || qe[-1] == '\r' || qe[-1] == ' ' || qe[-1] == '\t'))
						qe--;
					if (qe - q == 1 && *q == '.')
						break;
				}
				end_message(&st);
				break;
			}
		}
	}
	end_message(&st);
	text_free(tf);
	return strbuf_detach(&st.out, NULL);
}
