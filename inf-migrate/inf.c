/*
 * The INF tokenizer is a state machine with the same states and transitions
 * as SetupAPI's reader (the behaviour Wine's setupapi/parser.c reproduces and
 * its Windows-run tests pin down): KEY_NAME, VALUE_NAME, QUOTES,
 * EOL_BACKSLASH, LEADING/TRAILING_SPACES, COMMENT. On top of that every token
 * records the byte span it came from, so the model is lossless.
 *
 * Deliberate facts taken from those Windows-verified cases:
 *  - only LF ends an INF line; a lone CR is white space ("a b\r = c" is key
 *    "a b", field "c"), so CR-only files are one long line to SetupAPI;
 *  - ';' starts a comment even between '%' ("%bar;bla%" reads "%bar");
 *  - everything after a header's ']' is ignored, section names are taken
 *    verbatim (blanks and quotes kept), the first ']' ends the name;
 *  - the first Ctrl-Z ends the file, even inside quotes;
 *  - a NUL character inside a token reads as a space;
 *  - %strkey% values are not substituted recursively; an undefined key
 *    (including a numeric DIRID) stays as written; %% is '%'.
 */
#include "inf-migrate/inf.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define INF_MAX_SECTION_NAME 255

/* ---- arena: the model's many small objects in a few big blocks ---- */

struct arena_block {
	struct arena_block *next;
	size_t used, cap;
	_Alignas(max_align_t) char data[];
};

/* Case-insensitive (ASCII) name -> pointer map, open addressing; one slot
 * holds key, hash and value so a probe touches one cache line. */
struct map_slot {
	const char *key;
	uint64_t hash;
	void *val;
};

struct name_map {
	struct map_slot *slots;
	size_t n, cap;
};

struct inf_private {
	struct arena_block *blocks;
	struct name_map sections;   /* lower-case name -> struct inf_section * */
	struct name_map strings;    /* lower-case key -> const char * value */
};

static void *arena_alloc_aligned(struct inf_private *pv, size_t n, size_t align)
{
	struct arena_block *b = pv->blocks;
	size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
	if (!b || at > b->cap || b->cap - at < n) {
		size_t cap = n > 262144 ? n : 262144;
		b = xmalloc(sizeof(*b) + cap);
		b->cap = cap;
		b->used = 0;
		b->next = pv->blocks;
		pv->blocks = b;
		at = 0;
	}
	void *p = b->data + at;
	b->used = at + n;
	return p;
}

static void *arena_alloc(struct inf_private *pv, size_t n)
{
	return arena_alloc_aligned(pv, n, _Alignof(max_align_t));
}

/* Strings need no alignment: packing them saves a lot on big files. */
static char *arena_strndup(struct inf_private *pv, const char *s, size_t n)
{
	char *p = arena_alloc_aligned(pv, n + 1, 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/* ASCII-only folding: locale-independent, like the rest of driso's matching. */
static inline unsigned char fold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static uint64_t name_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= fold((unsigned char)*s);
		h *= 1099511628211ULL;
	}
	/* FNV's low bits are weak and the table index uses them: finalise */
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h;
}

static bool name_eq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (fold((unsigned char)*a) != fold((unsigned char)*b))
			return false;
	return *a == *b;
}

static void *map_get(const struct name_map *m, const char *key)
{
	if (!m->cap)
		return NULL;
	uint64_t h = name_hash(key);
	for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		const struct map_slot *sl = &m->slots[i];
		if (!sl->key)
			return NULL;
		if (sl->hash == h && name_eq(sl->key, key))
			return sl->val;
	}
}

static void map_insert_hashed(struct name_map *m, const char *key, uint64_t h, void *val)
{
	size_t i = h & (m->cap - 1);
	for (; m->slots[i].key; i = (i + 1) & (m->cap - 1))
		if (m->slots[i].hash == h && name_eq(m->slots[i].key, key))
			return;
	m->slots[i].key = key;
	m->slots[i].hash = h;
	m->slots[i].val = val;
	m->n++;
}

/* Insert when absent (first definition wins, as SetupAPI's first match). */
static void map_put_new(struct name_map *m, const char *key, void *val)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct name_map big = { 0 };
		big.cap = m->cap ? m->cap * 2 : 64;
		big.slots = xcalloc(big.cap, sizeof(*big.slots));
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].key)
				map_insert_hashed(&big, m->slots[i].key, m->slots[i].hash, m->slots[i].val);
		free(m->slots);
		*m = big;
	}
	map_insert_hashed(m, key, name_hash(key), val);
}

/* Size an empty map for about n keys, so filling it never rehashes. */
static void map_reserve(struct name_map *m, size_t n)
{
	if (m->cap)
		return;
	size_t cap = 64;
	while (cap < 2 * n + 2)
		cap *= 2;
	m->slots = xcalloc(cap, sizeof(*m->slots));
	m->cap = cap;
}

static void map_free(struct name_map *m)
{
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/* ---- helpers on the text ---- */

/* Line of `off`, scanning forward from a cursor: the parser only moves forward. */
static int line_fwd(const struct text_file *t, size_t *cursor, size_t off)
{
	size_t li = *cursor;
	if (li >= t->n_lines || t->line_starts[li] > off)
		li = 0;
	while (li + 1 < t->n_lines && t->line_starts[li + 1] <= off)
		li++;
	*cursor = li;
	return (int)li + 1;
}

static int line_at(const struct text_file *t, size_t off)
{
	size_t lo = 0, hi = t->n_lines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->line_starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return (int)lo + 1;
}

/* SetupAPI's white space (isspaceW on the ASCII range); NUL reads as a space. */
static inline bool inf_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\0';
}

/* ---- the tokenizer ---- */

/* Characters that end an ordinary run inside a key or value. */
static const unsigned char special[256] = {
	['\0'] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	['"'] = 1, [','] = 1, [';'] = 1, ['='] = 1, ['\\'] = 1,
};

enum pstate { KEY_NAME, VALUE_NAME, QUOTES, EOL_BACKSLASH, LEADING_SPACES, TRAILING_SPACES, COMMENT, LINE_START };

struct field_build {
	char *text;
	struct inf_span span;
	bool quoted;
};

struct parser {
	struct inf_file *inf;
	struct inf_private *pv;
	struct diag_list *errors;
	const char *s;
	size_t end;                 /* eof_offset */
	struct inf_section *cur;
	/* current entry */
	struct strbuf tok;
	size_t start;               /* token start */
	bool tok_has_span, tok_quoted;
	struct inf_span tok_span;
	size_t field_origin;        /* where an empty field "is": after its delimiter */
	size_t content_end;
	bool have_key;
	char *key;
	struct inf_span key_span;
	bool key_quoted;
	struct field_build *fields;
	size_t n_fields, alloc_fields;
	bool unterminated_quote;
	size_t quote_pos;
	enum pstate stack[16];
	int sp;
	bool lone_cr_reported;
	size_t line_cursor;         /* line index hint for line_fwd() */
	bool has_nul;               /* the text has U+0000 (possible in UTF-16 only) */
	char *raw_copy;             /* arena copy of text[0..end] for entry->raw */
};

static inline bool is_eol(const struct parser *p, size_t i)
{
	return i >= p->end || p->s[i] == '\n';
}

static void mark(struct parser *p, size_t a, size_t b)
{
	if (!p->tok_has_span) {
		p->tok_span.start = a;
		p->tok_span.end = b;
		p->tok_has_span = true;
	} else {
		if (a < p->tok_span.start)
			p->tok_span.start = a;
		if (b > p->tok_span.end)
			p->tok_span.end = b;
	}
	if (b > p->content_end)
		p->content_end = b;
}

static void push_token(struct parser *p, size_t pos)
{
	if (pos > p->start) {
		size_t old = p->tok.len;
		strbuf_add(&p->tok, p->s + p->start, pos - p->start);
		if (p->has_nul)
			for (size_t i = old; i < p->tok.len; i++)
				if (p->tok.buf[i] == '\0')
					p->tok.buf[i] = ' ';
		mark(p, p->start, pos);
	}
	p->start = pos;
}

static void take_token(struct parser *p, char **text, struct inf_span *span, bool *quoted)
{
	*text = arena_strndup(p->pv, p->tok.buf, p->tok.len);
	if (p->tok_has_span) {
		*span = p->tok_span;
	} else {
		span->start = span->end = p->field_origin;
	}
	*quoted = p->tok_quoted;
	strbuf_reset(&p->tok);
	p->tok_has_span = p->tok_quoted = false;
}

static void add_field(struct parser *p)
{
	ALLOC_GROW(p->fields, p->n_fields + 1, p->alloc_fields);
	struct field_build *f = &p->fields[p->n_fields++];
	take_token(p, &f->text, &f->span, &f->quoted);
}

static void add_key(struct parser *p)
{
	take_token(p, &p->key, &p->key_span, &p->key_quoted);
	p->have_key = true;
}

static inline void push_state(struct parser *p, enum pstate st)
{
	if (p->sp < (int)(sizeof(p->stack) / sizeof(p->stack[0])))
		p->stack[p->sp++] = st;
}

static inline enum pstate pop_state(struct parser *p)
{
	return p->sp > 0 ? p->stack[--p->sp] : LINE_START;
}

/*
 * Run the state machine over one entry starting at `pos` (its first
 * non-blank character). Returns the offset of the LF (or end) that ends it.
 */
static size_t run_entry(struct parser *ps, size_t pos)
{
	const char *s = ps->s;
	enum pstate st = KEY_NAME;
	size_t p;
	ps->sp = 0;
	ps->start = pos;
	ps->field_origin = pos;
	ps->content_end = pos;
	for (;;) {
		switch (st) {
		case KEY_NAME: {
			size_t token_end = ps->start;
			for (p = pos; !is_eol(ps, p); p++) {
				if (!special[(unsigned char)s[p]]) {
					while (p + 1 < ps->end && !special[(unsigned char)s[p + 1]])
						p++;
					token_end = p + 1;
					continue;
				}
				char c = s[p];
				if (c == ',')
					break;
				if (c == '=') {
					push_token(ps, token_end);
					add_key(ps);
					ps->field_origin = p + 1;
					if (p + 1 > ps->content_end)
						ps->content_end = p + 1;
					ps->start = p + 1;
					push_state(ps, VALUE_NAME);
					st = LEADING_SPACES;
					pos = p + 1;
					goto next;
				} else if (c == ';') {
					push_token(ps, token_end);
					add_field(ps);
					push_state(ps, LINE_START);
					st = COMMENT;
					pos = p + 1;
					goto next;
				} else if (c == '"') {
					push_token(ps, p);
					mark(ps, p, p + 1);
					ps->tok_quoted = true;
					ps->quote_pos = p;
					ps->start = p + 1;
					push_state(ps, KEY_NAME);
					st = QUOTES;
					pos = p + 1;
					goto next;
				} else if (c == '\\') {
					push_token(ps, token_end);
					ps->start = p;
					push_state(ps, KEY_NAME);
					st = EOL_BACKSLASH;
					pos = p;
					goto next;
				} else if (!inf_space((unsigned char)c)) {
					token_end = p + 1;
				} else {
					push_token(ps, p);
					push_state(ps, KEY_NAME);
					st = TRAILING_SPACES;
					pos = p;
					goto next;
				}
			}
			push_token(ps, token_end);
			st = VALUE_NAME;
			pos = p;
			goto next;
		}
		case VALUE_NAME: {
			size_t token_end = ps->start;
			for (p = pos; !is_eol(ps, p); p++) {
				if (!special[(unsigned char)s[p]]) {
					while (p + 1 < ps->end && !special[(unsigned char)s[p + 1]])
						p++;
					token_end = p + 1;
					continue;
				}
				char c = s[p];
				if (c == ';') {
					push_token(ps, token_end);
					add_field(ps);
					push_state(ps, LINE_START);
					st = COMMENT;
					pos = p + 1;
					goto next;
				} else if (c == ',') {
					push_token(ps, token_end);
					add_field(ps);
					ps->field_origin = p + 1;
					if (p + 1 > ps->content_end)
						ps->content_end = p + 1;
					ps->start = p + 1;
					push_state(ps, VALUE_NAME);
					st = LEADING_SPACES;
					pos = p + 1;
					goto next;
				} else if (c == '"') {
					push_token(ps, p);
					mark(ps, p, p + 1);
					ps->tok_quoted = true;
					ps->quote_pos = p;
					ps->start = p + 1;
					push_state(ps, VALUE_NAME);
					st = QUOTES;
					pos = p + 1;
					goto next;
				} else if (c == '\\') {
					push_token(ps, token_end);
					ps->start = p;
					push_state(ps, VALUE_NAME);
					st = EOL_BACKSLASH;
					pos = p;
					goto next;
				} else if (!inf_space((unsigned char)c)) {
					token_end = p + 1;
				} else {
					push_token(ps, p);
					push_state(ps, VALUE_NAME);
					st = TRAILING_SPACES;
					pos = p;
					goto next;
				}
			}
			push_token(ps, token_end);
			add_field(ps);
			return p;
		}
		case EOL_BACKSLASH:
			for (p = pos; p < ps->end; p++) {
				char c = s[p];
				if (c == '\n') {
					ps->start = p + 1;
					st = LEADING_SPACES;
					pos = p + 1;
					goto next;
				} else if (c == '\\') {
					continue;
				} else if (c == ';') {
					push_state(ps, EOL_BACKSLASH);
					st = COMMENT;
					pos = p + 1;
					goto next;
				} else if (inf_space((unsigned char)c)) {
					continue;
				}
				push_token(ps, p);
				st = pop_state(ps);
				pos = p;
				goto next;
			}
			ps->start = p;
			st = pop_state(ps);
			pos = p;
			goto next;
		case QUOTES:
			for (p = pos; !is_eol(ps, p); p++) {
				if (s[p] != '"') {
					while (p + 1 < ps->end && s[p + 1] != '"' && s[p + 1] != '\n')
						p++;
					continue;
				}
				if (p + 1 < ps->end && s[p + 1] == '"') {
					push_token(ps, p + 1);
					ps->start = p + 2;
					p++;
				} else {
					push_token(ps, p);
					mark(ps, p, p + 1);
					ps->start = p + 1;
					st = pop_state(ps);
					pos = p + 1;
					goto next;
				}
			}
			/* Unterminated: SetupAPI takes the rest of the line. The CR
			 * of a CRLF is left out so the value has no stray CR. */
			{
				size_t q = p;
				if (q > ps->start && s[q - 1] == '\r')
					q--;
				push_token(ps, q);
				ps->start = p;
			}
			if (!ps->unterminated_quote) {
				ps->unterminated_quote = true;
				diag_add(ps->errors, ps->inf->path, line_at(ps->inf->text, ps->quote_pos),
					 "unterminated quoted string (SetupAPI reads it to the end of the line)%s",
					 p >= ps->end ? "; the file ends inside it (truncated?)" : "");
			}
			st = pop_state(ps);
			pos = p;
			goto next;
		case LEADING_SPACES:
			for (p = pos; !is_eol(ps, p); p++) {
				if (s[p] == '\\') {
					ps->start = p;
					st = EOL_BACKSLASH;
					pos = p;
					goto next;
				}
				if (!inf_space((unsigned char)s[p]))
					break;
			}
			ps->start = p;
			st = pop_state(ps);
			pos = p;
			goto next;
		case TRAILING_SPACES:
			for (p = pos; !is_eol(ps, p); p++) {
				if (s[p] == '\\') {
					st = EOL_BACKSLASH;
					pos = p;
					goto next;
				}
				if (!inf_space((unsigned char)s[p]))
					break;
			}
			st = pop_state(ps);
			pos = p;
			goto next;
		case COMMENT: {
			const char *nl = memchr(s + pos, '\n', ps->end - pos);
			p = nl ? (size_t)(nl - s) : ps->end;
			st = pop_state(ps);
			pos = p;
			goto next;
		}
		case LINE_START:
			return pos;
		}
next:;
	}
}

static struct inf_section *section_get(struct parser *ps, const char *name, size_t len)
{
	struct inf_section *sec = map_get(&ps->pv->sections, name);
	if (sec)
		return sec;
	char *key = arena_strndup(ps->pv, name, len);
	sec = arena_alloc(ps->pv, sizeof(*sec));
	memset(sec, 0, sizeof(*sec));
	sec->name = key;
	map_put_new(&ps->pv->sections, key, sec);
	struct inf_file *inf = ps->inf;
	ALLOC_GROW(inf->sections, inf->n_sections + 1, inf->alloc_sections);
	inf->sections[inf->n_sections++] = sec;
	return sec;
}

/* A header line: '[' at pos. Returns the offset of its LF (or end). */
static size_t parse_header(struct parser *ps, size_t line_start, size_t pos)
{
	const char *s = ps->s;
	size_t q = pos + 1;
	while (!is_eol(ps, q) && s[q] != ']')
		q++;
	size_t name_end = q;
	bool closed = !is_eol(ps, q);
	if (!closed) {
		while (name_end > pos + 1 && inf_space((unsigned char)s[name_end - 1]))
			name_end--;
		diag_add(ps->errors, ps->inf->path, line_at(ps->inf->text, pos),
			 "section header without ']' (SetupAPI rejects the file); read as [%.*s]",
			 (int)(name_end - pos - 1 > 200 ? 200 : name_end - pos - 1), s + pos + 1);
	}
	size_t len = name_end - pos - 1;
	if (len > INF_MAX_SECTION_NAME)
		diag_add(ps->errors, ps->inf->path, line_at(ps->inf->text, pos),
			 "section name longer than %d characters (SetupAPI rejects the file)",
			 INF_MAX_SECTION_NAME);
	/* a NUL inside the name reads as a space, as in tokens */
	char *tmp = xstrndup(s + pos + 1, len);
	for (size_t i = 0; i < len; i++)
		if (!tmp[i])
			tmp[i] = ' ';
	struct inf_section *sec = section_get(ps, tmp, len);
	free(tmp);
	const char *nl = memchr(s + q, '\n', ps->end - q);
	size_t lf = nl ? (size_t)(nl - s) : ps->end;

	struct inf_section_occurrence occ = { 0 };
	occ.line = line_fwd(ps->inf->text, &ps->line_cursor, pos);
	occ.header_span.start = line_start;
	occ.header_span.end = lf < ps->end ? lf + 1 : lf;
	occ.body_span.start = occ.body_span.end = occ.header_span.end;
	occ.append_offset = occ.header_span.end;
	occ.name_span.start = pos + 1;
	occ.name_span.end = name_end;
	ALLOC_GROW(sec->occ, sec->n_occ + 1, sec->alloc_occ);
	sec->occ[sec->n_occ++] = occ;
	ps->cur = sec;
	return lf;
}

static void finish_entry(struct parser *ps, size_t line_start, size_t lf)
{
	struct inf_private *pv = ps->pv;
	const struct text_file *t = ps->inf->text;
	struct inf_entry *e = arena_alloc(pv, sizeof(*e));
	memset(e, 0, sizeof(*e));
	e->line_span.start = line_start;
	e->line_span.end = lf < ps->end ? lf + 1 : lf;
	size_t raw_end = lf;
	if (raw_end > line_start && ps->s[raw_end - 1] == '\r' && lf < ps->end)
		raw_end--;
	/* raw points into the parser's copy of the text, cut at its own EOL:
	 * entries never share a line end, so one copy serves them all */
	ps->raw_copy[raw_end] = '\0';
	e->raw = ps->raw_copy + line_start;
	e->line = line_fwd(t, &ps->line_cursor, line_start);
	e->end_line = e->line;
	if (raw_end > line_start + 1) {
		size_t c2 = ps->line_cursor;
		e->end_line = line_fwd(t, &c2, raw_end - 1);
	}
	if (ps->have_key) {
		e->key_unsubstituted = ps->key;
		e->key_span = ps->key_span;
	}
	e->n_fields = ps->n_fields;
	e->fields = arena_alloc(pv, (ps->n_fields ? ps->n_fields : 1) * sizeof(*e->fields));
	size_t first = ps->have_key ? ps->key_span.start : (ps->n_fields ? ps->fields[0].span.start : line_start);
	for (size_t i = 0; i < ps->n_fields; i++) {
		struct inf_field *f = &e->fields[i];
		f->unsubstituted = ps->fields[i].text;
		f->value = NULL;
		f->span = ps->fields[i].span;
		f->quoted = ps->fields[i].quoted;
		if (f->span.start < first)
			first = f->span.start;
	}
	e->span.start = first;
	e->span.end = ps->content_end > first ? ps->content_end : first;
	e->section = ps->cur;
	if (ps->cur) {
		struct inf_section *sec = ps->cur;
		ALLOC_GROW(sec->entries, sec->n_entries + 1, sec->alloc_entries);
		sec->entries[sec->n_entries++] = e;
		sec->occ[sec->n_occ - 1].append_offset = e->line_span.end;
	} else {
		struct inf_file *inf = ps->inf;
		ALLOC_GROW(inf->orphans, inf->n_orphans + 1, inf->alloc_orphans);
		inf->orphans[inf->n_orphans++] = e;
	}
	ps->n_fields = 0;
	ps->have_key = false;
	ps->key = NULL;
	ps->unterminated_quote = false;
}

/* Report the first lone CR that SetupAPI would read as a blank inside a line. */
static void check_lone_cr(struct parser *ps, size_t from, size_t lf)
{
	if (ps->lone_cr_reported)
		return;
	const char *s = ps->s;
	for (size_t i = from; i < lf; i++) {
		const char *cr = memchr(s + i, '\r', lf - i);
		if (!cr)
			return;
		i = (size_t)(cr - s);
		if (i + 1 < lf && s[i + 1] == '\n')
			continue;
		size_t j = i + 1;
		while (j < lf && inf_space((unsigned char)s[j]))
			j++;
		if (j < lf) {
			ps->lone_cr_reported = true;
			diag_add(ps->errors, ps->inf->path, line_at(ps->inf->text, i),
				 "lone CR line ending: SetupAPI ends lines only at LF, so the next "
				 "line is read as part of this one");
			return;
		}
	}
}

static void parse_text(struct parser *ps)
{
	const char *s = ps->s;
	size_t pos = 0;
	while (pos < ps->end) {
		size_t line_start = pos;
		while (pos < ps->end && s[pos] != '\n' && inf_space((unsigned char)s[pos]))
			pos++;
		if (pos >= ps->end)
			break;
		char c = s[pos];
		size_t lf;
		if (c == '\n') {
			pos++;
			continue;
		} else if (c == ';') {
			const char *nl = memchr(s + pos, '\n', ps->end - pos);
			lf = nl ? (size_t)(nl - s) : ps->end;
			check_lone_cr(ps, pos, lf);   /* "; c\rkey=1": the key is comment too */
		} else if (c == '[') {
			lf = parse_header(ps, line_start, pos);
			check_lone_cr(ps, pos, lf);
		} else {
			lf = run_entry(ps, pos);
			check_lone_cr(ps, pos, lf);
			finish_entry(ps, line_start, lf);
		}
		pos = lf < ps->end ? lf + 1 : lf;
	}
}

static int occ_cmp(const void *a, const void *b)
{
	const struct inf_section_occurrence *x = *(struct inf_section_occurrence *const *)a;
	const struct inf_section_occurrence *y = *(struct inf_section_occurrence *const *)b;
	return x->header_span.start < y->header_span.start ? -1 : x->header_span.start > y->header_span.start;
}

/* Close each occurrence's body at the next header in the file (or the end marker). */
static void fill_bodies(struct inf_file *inf)
{
	size_t total = 0;
	for (size_t i = 0; i < inf->n_sections; i++)
		total += inf->sections[i]->n_occ;
	if (!total)
		return;
	struct inf_section_occurrence **all = xmalloc(total * sizeof(*all));
	size_t k = 0;
	for (size_t i = 0; i < inf->n_sections; i++)
		for (size_t j = 0; j < inf->sections[i]->n_occ; j++)
			all[k++] = &inf->sections[i]->occ[j];
	qsort(all, total, sizeof(*all), occ_cmp);
	for (size_t i = 0; i < total; i++)
		all[i]->body_span.end = i + 1 < total ? all[i + 1]->header_span.start : inf->eof_offset;
	free(all);
}

/* ---- strings and substitution ---- */

static bool is_strings_section(const char *name)
{
	if (!str_istarts_with(name, "strings"))
		return false;
	return name[7] == '\0' || name[7] == '.';
}

/* Lookup order: [Strings], [Strings.0409], then other [Strings.*] in file order. */
static void build_strings(struct inf_file *inf)
{
	struct inf_private *pv = inf->priv;
	struct inf_section *order[3] = { NULL, NULL, NULL };
	order[0] = inf_find_section(inf, "Strings");
	order[1] = inf_find_section(inf, "Strings.0409");
	size_t total = 0;
	for (size_t si = 0; si < inf->n_sections; si++)
		if (is_strings_section(inf->sections[si]->name))
			total += inf->sections[si]->n_entries;
	if (total)
		map_reserve(&pv->strings, total);
	for (int pass = 0; pass < 3; pass++) {
		for (size_t si = 0; si < inf->n_sections; si++) {
			struct inf_section *sec = inf->sections[si];
			if (pass < 2 ? sec != order[pass] : (sec == order[0] || sec == order[1] ||
							     !is_strings_section(sec->name)))
				continue;
			for (size_t i = 0; i < sec->n_entries; i++) {
				struct inf_entry *e = sec->entries[i];
				if (!e->n_fields)
					continue;
				/* a line without '=' and a single field is its own key */
				const char *key = e->key_unsubstituted;
				if (!key) {
					if (e->n_fields != 1)
						continue;
					key = e->fields[0].unsubstituted;
				}
				map_put_new(&pv->strings, key, e->fields[0].unsubstituted);
			}
		}
	}
}

static const char *lookup_n(const struct inf_file *inf, const char *key, size_t n, char *buf, size_t bufsz)
{
	if (!inf->priv || !inf->priv->strings.n)
		return NULL;
	char *k = n < bufsz ? buf : xmalloc(n + 1);
	memcpy(k, key, n);
	k[n] = '\0';
	const char *v = map_get(&inf->priv->strings, k);
	if (k != buf)
		free(k);
	return v;
}

/* SetupAPI's substitution: each '%' toggles; %% is '%'; unknown tokens stay. */
static void substitute_into(const struct inf_file *inf, const char *text, struct strbuf *out)
{
	char buf[256];
	const char *start = text, *p;
	bool inside = false;
	for (p = text; *p; p++) {
		if (*p != '%')
			continue;
		inside = !inside;
		if (inside) {
			strbuf_add(out, start, (size_t)(p - start));
			start = p;
		} else {
			size_t len = (size_t)(p - start - 1);
			const char *v = len ? lookup_n(inf, start + 1, len, buf, sizeof(buf)) : "%";
			if (v)
				strbuf_addstr(out, v);
			else
				strbuf_add(out, start, (size_t)(p - start + 1));
			start = p + 1;
		}
	}
	strbuf_add(out, start, (size_t)(p - start));
}

char *inf_substitute(const struct inf_file *inf, const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	substitute_into(inf, s ? s : "", &sb);
	return strbuf_detach(&sb, NULL);
}

static char *resolve(struct inf_file *inf, struct strbuf *sb, const char *s)
{
	if (!strchr(s, '%'))
		return (char *)s;   /* shared with .unsubstituted: both arena-owned */
	strbuf_reset(sb);
	substitute_into(inf, s, sb);
	return arena_strndup(inf->priv, sb->buf, sb->len);
}

static void resolve_entry(struct inf_file *inf, struct strbuf *sb, struct inf_entry *e)
{
	if (e->key_unsubstituted)
		e->key = resolve(inf, sb, e->key_unsubstituted);
	for (size_t i = 0; i < e->n_fields; i++)
		e->fields[i].value = resolve(inf, sb, e->fields[i].unsubstituted);
}

static void resolve_all(struct inf_file *inf)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t si = 0; si < inf->n_sections; si++)
		for (size_t i = 0; i < inf->sections[si]->n_entries; i++)
			resolve_entry(inf, &sb, inf->sections[si]->entries[i]);
	for (size_t i = 0; i < inf->n_orphans; i++)
		resolve_entry(inf, &sb, inf->orphans[i]);
	strbuf_release(&sb);
}

/* ---- binary junk ---- */

/*
 * A text that SetupAPI would not take for an INF at all: control characters
 * (other than blanks, FF, VT and the Ctrl-Z marker) make up a visible share
 * of it, or it has no section header yet contains any.
 */
static bool looks_binary(const struct text_file *t, size_t end, size_t n_sections, size_t *first_bad)
{
	size_t ctl = 0, scanned = 0;
	*first_bad = 0;
	for (size_t i = 0; i < end; i++) {
		unsigned char c = (unsigned char)t->utf8[i];
		/* U+0000 (UTF-16 only; SetupAPI reads it as a blank) is not junk */
		if ((c < 0x20 && c && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F) {
			if (!ctl)
				*first_bad = i;
			ctl++;
		}
		scanned++;
	}
	if (!ctl)
		return false;
	if (n_sections == 0)
		return true;
	return ctl * 20 > scanned;   /* more than 5% control characters */
}

/* ---- public API ---- */

struct inf_file *inf_parse(struct text_file *text, struct diag_list *errors)
{
	struct diag_list local = { 0 };
	if (!errors)
		errors = &local;
	struct inf_file *inf = xcalloc(1, sizeof(*inf));
	inf->text = text;
	inf->path = xstrdup(text->path ? text->path : "<memory>");
	inf->is_inx = str_iends_with(inf->path, ".inx");
	inf->priv = xcalloc(1, sizeof(*inf->priv));
	const char *z = memchr(text->utf8, 0x1A, text->len);
	inf->eof_offset = z ? (size_t)(z - text->utf8) : text->len;

	struct parser ps = { 0 };
	ps.inf = inf;
	ps.pv = inf->priv;
	ps.errors = errors;
	ps.s = text->utf8;
	ps.end = inf->eof_offset;
	ps.has_nul = memchr(text->utf8, 0, text->len) != NULL;
	strbuf_init(&ps.tok, 256);

	/* Junk check first on a prefix, so a huge binary file is rejected fast. */
	size_t bad;
	size_t probe = inf->eof_offset < 65536 ? inf->eof_offset : 65536;
	bool has_header = memchr(text->utf8, '[', probe) != NULL;
	if (looks_binary(text, probe, has_header, &bad)) {
		diag_add(errors, inf->path, line_at(text, bad),
			 "not an INF file: binary data (control character 0x%02X)%s",
			 (unsigned char)text->utf8[bad], has_header ? "" : " and no [section] header");
		strbuf_release(&ps.tok);
		inf_free(inf);
		diag_list_free(&local);
		return NULL;
	}

	ps.raw_copy = arena_alloc(ps.pv, inf->eof_offset + 1);
	memcpy(ps.raw_copy, text->utf8, inf->eof_offset);
	ps.raw_copy[inf->eof_offset] = '\0';
	parse_text(&ps);
	/* SetupAPI fails such a file with ERROR_EXPECTED_SECTION_NAME, except
	 * when it has a [Strings] section (Windows-verified, see Wine's tests):
	 * Microsoft's samples start with a bare C-style banner and do load. */
	if (inf->n_orphans && !inf_find_section(inf, "Strings"))
		diag_add(errors, inf->path, inf->orphans[0]->line,
			 "text before the first [section] header (SetupAPI rejects the file "
			 "unless it has a [Strings] section)");
	strbuf_release(&ps.tok);
	free(ps.fields);
	fill_bodies(inf);
	build_strings(inf);
	resolve_all(inf);
	diag_list_free(&local);
	return inf;
}

struct inf_file *inf_load(const char *path, struct diag_list *errors)
{
	struct text_error err = { 0 };
	struct text_file *t = text_load(path, &err);
	if (!t) {
		if (errors)
			diag_add(errors, path, err.line, "%s", err.message);
		return NULL;
	}
	return inf_parse(t, errors);
}

void inf_free(struct inf_file *inf)
{
	if (!inf)
		return;
	for (size_t i = 0; i < inf->n_sections; i++) {
		free(inf->sections[i]->occ);
		free(inf->sections[i]->entries);
	}
	free(inf->sections);
	free(inf->orphans);
	if (inf->priv) {
		map_free(&inf->priv->sections);
		map_free(&inf->priv->strings);
		for (struct arena_block *b = inf->priv->blocks, *n; b; b = n) {
			n = b->next;
			free(b);
		}
		free(inf->priv);
	}
	text_free(inf->text);
	free(inf->path);
	free(inf);
}

struct inf_section *inf_find_section(const struct inf_file *inf, const char *name)
{
	if (!inf || !inf->priv || !name)
		return NULL;
	return map_get(&inf->priv->sections, name);
}

const char *inf_string(const struct inf_file *inf, const char *key)
{
	if (!inf || !key || !inf->priv)
		return NULL;
	return map_get(&inf->priv->strings, key);
}

const char *inf_entry_field(const struct inf_entry *e, size_t i)
{
	if (!e || i >= e->n_fields || !e->fields[i].value)
		return "";
	return e->fields[i].value;
}

int inf_emit(const struct inf_file *inf, char **bytes, size_t *len)
{
	/* The model keeps the decoded text and only points into it, so the
	 * original bytes are that text in the original encoding. */
	return text_encode(inf->text, inf->text->utf8, inf->text->len, bytes, len);
}

static cJSON *entry_json(const struct inf_entry *e)
{
	cJSON *o = cJSON_CreateObject();
	cJSON_AddNumberToObject(o, "line", e->line);
	if (e->key)
		cJSON_AddStringToObject(o, "key", e->key);
	else
		cJSON_AddNullToObject(o, "key");
	cJSON *fa = cJSON_AddArrayToObject(o, "fields");
	for (size_t i = 0; i < e->n_fields; i++)
		cJSON_AddItemToArray(fa, cJSON_CreateString(e->fields[i].value ? e->fields[i].value : ""));
	cJSON_AddStringToObject(o, "raw", e->raw);
	return o;
}

char *inf_model_json(const struct inf_file *inf)
{
	cJSON *root = cJSON_CreateObject();
	cJSON_AddStringToObject(root, "file", inf->path);
	cJSON_AddStringToObject(root, "encoding", text_encoding_name(inf->text->encoding));
	cJSON *secs = cJSON_AddArrayToObject(root, "sections");
	for (size_t i = 0; i < inf->n_sections; i++) {
		const struct inf_section *s = inf->sections[i];
		cJSON *so = cJSON_CreateObject();
		cJSON_AddStringToObject(so, "name", s->name);
		cJSON_AddNumberToObject(so, "line", s->n_occ ? s->occ[0].line : 0);
		cJSON *ea = cJSON_AddArrayToObject(so, "entries");
		for (size_t j = 0; j < s->n_entries; j++)
			cJSON_AddItemToArray(ea, entry_json(s->entries[j]));
		cJSON_AddItemToArray(secs, so);
	}
	char *out = cJSON_Print(root);
	cJSON_Delete(root);
	char *copy = xstrdup(out ? out : "null");
	cJSON_free(out);
	return copy;
}
