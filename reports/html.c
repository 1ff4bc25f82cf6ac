#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/rule_info.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * The reviewer's report: one self-contained HTML file (inline CSS and JS,
 * nothing fetched) that can be mailed or attached to a ticket. Every finding
 * is rendered server-side so the page reads without JavaScript; the script
 * only filters (rule/severity/package/text, mirrored in the URL hash so a
 * filtered view can be linked: report.html#rule=registry-absolute).
 */

static void esc(FILE *out, const char *s)
{
	char *clean = utf8_clean_dup(s ? s : "");
	for (const char *p = clean; *p; p++) {
		switch (*p) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\r': break;
		default: fputc(*p, out);
		}
	}
	free(clean);
}

static void esc_n(FILE *out, const char *s, size_t n)
{
	char *tmp = xstrndup(s, n);
	esc(out, tmp);
	free(tmp);
}

static const char *const sev_label[] = { "note", "warning", "error" };

static unsigned sev_of(const struct finding *f)
{
	return (unsigned)f->severity < 3 ? f->severity : SEV_ERROR;
}

static const char *pkg_of(const struct finding *f)
{
	return f->package && *f->package ? f->package : "(no package)";
}

static const char css[] =
	":root{--bg:#f6f7f9;--card:#fff;--ink:#1f2328;--mute:#656d76;--line:#d0d7de;--err:#cf222e;"
	"--warn:#9a6700;--note:#0969da;--add:#e6ffec;--del:#ffebe9;--hl:#fff8c5;--code:#f6f8fa}\n"
	"*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);"
	"font:14px/1.5 -apple-system,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif}\n"
	"header.top{background:#24292f;color:#fff;padding:18px 32px}header.top h1{margin:0;font-size:20px;font-weight:600}"
	"header.top .meta{color:#c9d1d9;font-size:13px;margin-top:4px}header.top code{color:#fff}\n"
	"main{max-width:1200px;margin:0 auto;padding:20px 32px 60px}\n"
	".cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:18px}.card{background:var(--card);border:1px solid var(--line);"
	"border-radius:8px;padding:10px 16px;min-width:120px}.card b{display:block;font-size:24px;font-weight:600}"
	".card span{color:var(--mute);font-size:12px;text-transform:uppercase;letter-spacing:.04em}"
	".card.error b{color:var(--err)}.card.warning b{color:var(--warn)}.card.note b{color:var(--note)}\n"
	".tables{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-bottom:18px;align-items:start}"
	"@media(max-width:900px){.tables{grid-template-columns:1fr}}\n"
	".tally{max-height:32em;overflow:auto}\n"
	"table{width:100%;border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:8px;overflow:hidden}"
	"caption{text-align:left;font-weight:600;padding:0 0 6px}th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left}"
	"th{background:var(--code);font-weight:600;font-size:12px;color:var(--mute)}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
	"tr:last-child td{border-bottom:0}a.pick{color:inherit;text-decoration:none;border-bottom:1px dotted var(--mute);cursor:pointer}\n"
	".filters{position:sticky;top:0;z-index:2;display:flex;gap:10px;align-items:center;flex-wrap:wrap;background:var(--bg);"
	"padding:10px 0;border-bottom:1px solid var(--line);margin-bottom:14px}.filters select,.filters input[type=search]{font:inherit;"
	"padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:#fff}#shown{margin-left:auto;color:var(--mute)}\n"
	".finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--note);border-radius:8px;"
	"padding:12px 16px;margin-bottom:12px}.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}"
	".finding.suppressed{opacity:.6}\n"
	".finding .head{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}.badge{font-size:11px;font-weight:600;text-transform:uppercase;"
	"padding:1px 8px;border-radius:10px;color:#fff;background:var(--note)}.badge.error{background:var(--err)}.badge.warning{background:var(--warn)}"
	".badge.sup{background:#6e7781}.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}"
	".rule{color:var(--mute);font-size:12px}.msg{margin:6px 0 8px;font-weight:500}\n"
	"pre{tab-size:4;margin:6px 0;background:var(--code);border:1px solid var(--line);border-radius:6px;padding:8px 10px;overflow:auto;"
	"font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}pre .ln{color:var(--mute);user-select:none;display:inline-block;"
	"width:4.5em;text-align:right;padding-right:1em}pre .hl{background:var(--hl);display:block}pre .add{background:var(--add);display:block}"
	"pre .same{display:block}pre .del{background:var(--del);display:block}pre mark{background:#ffd8a8;border-radius:2px;color:inherit}pre .hunk{color:var(--mute);display:block}\n"
	"h4{margin:10px 0 2px;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute)}"
	"ol.evidence{margin:4px 0;padding-left:22px}ol.evidence code{font-size:12px}dl.meta{display:flex;flex-wrap:wrap;gap:4px 18px;margin:8px 0 0;"
	"font-size:12px;color:var(--mute)}dl.meta dt{font-weight:600}dl.meta dd{margin:0 0 0 4px}dl.meta div{display:flex}\n"
	".errors li{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}.empty{color:var(--mute);padding:20px;text-align:center}\n"
	"footer{color:var(--mute);font-size:12px;text-align:center;margin-top:30px}\n"
	"@media print{.filters{display:none}.finding{break-inside:avoid}body{background:#fff}pre{white-space:pre-wrap}}\n";

static const char script[] =
	"(function(){\n"
	"var rows=[].slice.call(document.querySelectorAll('article.finding'));\n"
	"var ids=['rule','severity','package'];var sel={};ids.forEach(function(k){sel[k]=document.getElementById('f-'+k);});\n"
	"var text=document.getElementById('f-text'),sup=document.getElementById('f-suppressed'),shown=document.getElementById('shown');\n"
	"function apply(){var n=0,q=text.value.toLowerCase();\n"
	" rows.forEach(function(r){var ok=ids.every(function(k){return !sel[k].value||r.getAttribute('data-'+k)===sel[k].value;})\n"
	"  &&(sup.checked||r.getAttribute('data-suppressed')==='0')&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);\n"
	"  r.hidden=!ok;if(ok)n++;});\n"
	" shown.textContent=n+' of '+rows.length+' findings shown';document.body.setAttribute('data-shown',n);\n"
	" document.body.setAttribute('data-filter',ids.filter(function(k){return sel[k].value;}).map(function(k){return k+'='+sel[k].value;}).join('&'));}\n"
	"function toHash(){var p=[];ids.forEach(function(k){if(sel[k].value)p.push(k+'='+encodeURIComponent(sel[k].value));});\n"
	" if(text.value)p.push('q='+encodeURIComponent(text.value));if(sup.checked)p.push('suppressed=1');\n"
	" history.replaceState(null,'',p.length?'#'+p.join('&'):location.pathname+location.search);apply();}\n"
	"function fromHash(){var h={};location.hash.replace(/^#/,'').split('&').forEach(function(kv){var i=kv.indexOf('=');\n"
	"  if(i>0)h[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));});\n"
	" ids.forEach(function(k){var v=h[k]||'';if(v&&!sel[k].querySelector('option[value=\"'+v.replace(/[\"\\\\]/g,'\\\\$&')+'\"]')){\n"
	"  var o=document.createElement('option');o.value=o.textContent=v;sel[k].appendChild(o);}sel[k].value=v;});\n"
	" text.value=h.q||'';sup.checked=h.suppressed==='1';apply();}\n"
	"ids.forEach(function(k){sel[k].addEventListener('change',toHash);});text.addEventListener('input',toHash);sup.addEventListener('change',toHash);\n"
	"[].forEach.call(document.querySelectorAll('a.pick'),function(a){a.addEventListener('click',function(e){e.preventDefault();\n"
	" sel[a.getAttribute('data-key')].value=a.getAttribute('data-value');toHash();});});\n"
	"window.addEventListener('hashchange',fromHash);fromHash();\n"
	"})();\n";

/* Distinct sorted values of one attribute over the findings. */
struct tally {
	const char **keys;
	size_t *count[3];
	size_t n;
};

static void tally_add(struct tally *t, const char *key, unsigned sev, size_t cap)
{
	size_t i = 0;
	while (i < t->n && strcmp(t->keys[i], key))
		i++;
	if (i == t->n) {
		if (!t->keys) {
			t->keys = xcalloc(cap + 1, sizeof(*t->keys));
			for (int s = 0; s < 3; s++)
				t->count[s] = xcalloc(cap + 1, sizeof(size_t));
		}
		t->keys[t->n++] = key;
	}
	t->count[sev][i]++;
}

static void tally_sort(struct tally *t)
{
	for (size_t i = 1; i < t->n; i++)
		for (size_t j = i; j > 0 && strcmp(t->keys[j - 1], t->keys[j]) > 0; j--) {
			const char *k = t->keys[j];
			t->keys[j] = t->keys[j - 1], t->keys[j - 1] = k;
			for (int s = 0; s < 3; s++) {
				size_t c = t->count[s][j];
				t->count[s][j] = t->count[s][j - 1], t->count[s][j - 1] = c;
			}
		}
}

static void tally_free(struct tally *t)
{
	free(t->keys);
	for (int s = 0; s < 3; s++)
		free(t->count[s]);
}

static void put_options(FILE *out, const char *id, const char *label, const struct tally *t)
{
	fprintf(out, "<label>%s <select id=\"f-%s\"><option value=\"\">all</option>", label, id);
	for (size_t i = 0; i < t->n; i++) {
		fputs("<option value=\"", out);
		esc(out, t->keys[i]);
		fputs("\">", out);
		esc(out, t->keys[i]);
		fputs("</option>", out);
	}
	fputs("</select></label>\n", out);
}

/* InfVerif code of a rule: its table's, else the first finding's (a report
 * converted by a driso that does not know the rule). */
static int rule_infverif(const struct rule_info *ri, const char *rule, struct finding *const *sorted, size_t n)
{
	if (ri && ri->infverif)
		return ri->infverif;
	for (size_t i = 0; i < n; i++)
		if (sorted[i]->infverif && !strcmp(sorted[i]->rule, rule))
			return sorted[i]->infverif;
	return 0;
}

static void put_tally_table(FILE *out, const char *id, const char *caption, const char *key, const struct tally *t,
			    struct finding *const *sorted, size_t n_sorted)
{
	int with_rule_info = sorted != NULL;
	/* a long table (43 packages on Windows-driver-samples) scrolls in place
	 * instead of pushing every finding a screen further down */
	fprintf(out, "<div class=\"tally\"><table id=\"%s\"><caption>%s</caption><thead><tr><th>%s</th>%s"
		     "<th class=\"n\">errors</th><th class=\"n\">warnings</th><th class=\"n\">notes</th><th class=\"n\">total</th></tr></thead><tbody>\n",
		id, caption, key, with_rule_info ? "<th class=\"n\">InfVerif</th>" : "");
	for (size_t i = 0; i < t->n; i++) {
		size_t total = t->count[0][i] + t->count[1][i] + t->count[2][i];
		fprintf(out, "<tr><td><a class=\"pick\" href=\"#\" data-key=\"%s\" data-value=\"", key);
		esc(out, t->keys[i]);
		fputs("\">", out);
		esc(out, t->keys[i]);
		fputs("</a>", out);
		if (with_rule_info) {
			const struct rule_info *ri = rule_lookup(t->keys[i]);
			if (ri && ri->summary) {
				fputs("<br><span class=\"rule\">", out);
				esc(out, ri->summary);
				fputs("</span>", out);
			}
			fputs("</td><td class=\"n\">", out);
			int code = rule_infverif(ri, t->keys[i], sorted, n_sorted);
			if (code)
				fprintf(out, "%d", code);
		}
		fprintf(out, "</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td></tr>\n",
			t->count[SEV_ERROR][i], t->count[SEV_WARNING][i], t->count[SEV_NOTE][i], total);
	}
	if (!t->n)
		fputs("<tr><td colspan=\"6\" class=\"empty\">no findings</td></tr>\n", out);
	fputs("</tbody></table></div>\n", out);
}

static size_t col_offset(const char *line, size_t len, int col)
{
	size_t i = 0;
	for (int c = 1; c < col && i < len; c++) {
		size_t n = utf8_seq_len((const unsigned char *)line + i, len - i);
		i += n ? n : 1;
	}
	return i;
}

/* A few lines of context around the finding, the flagged lines marked. */
static void put_snippet(FILE *out, const struct source_file *src, const struct finding *f)
{
	if (!src)
		return;
	int last = f->end_line > f->line ? f->end_line : f->line;
	if (last - f->line > 8)
		last = f->line + 8;
	int from = f->line - 2 > 1 ? f->line - 2 : 1, to = last + 2;
	size_t len;
	if (!source_line(src, f->line, &len))
		return;
	fputs("<pre class=\"snippet\">", out);
	for (int l = from; l <= to; l++) {
		const char *s = source_line(src, l, &len);
		if (!s)
			break;
		int hl = l >= f->line && l <= last;
		fprintf(out, "<span class=\"%s\"><span class=\"ln\">%d</span>", hl ? "hl" : "ctx", l);
		if (l == f->line) {
			/* mark the flagged span (to the end of the line when it goes on) */
			size_t a = col_offset(s, len, f->col);
			size_t b = f->end_line == f->line ? col_offset(s, len, f->end_col) : len;
			if (b < a)
				b = a;
			esc_n(out, s, a);
			fputs("<mark>", out);
			esc_n(out, s + a, b - a);
			fputs("</mark>", out);
			esc_n(out, s + b, len - b);
		} else {
			esc_n(out, s, len);
		}
		fputs(hl ? "</span>" : "</span>\n", out);
	}
	fputs("</pre>\n", out);
}

struct line_span {
	const char *s;
	size_t n;
};

/* Split into lines (CRLF, LF or CR end a line; a final terminator does not
 * start another line). Returns the count; *out is malloc'd. */
static size_t split_lines(const char *s, size_t n, struct line_span **out)
{
	size_t count = 0, alloc = 0;
	*out = NULL;
	size_t i = 0;
	do {
		size_t j = i;
		while (j < n && s[j] != '\n' && s[j] != '\r')
			j++;
		ALLOC_GROW(*out, count + 1, alloc);
		(*out)[count++] = (struct line_span){ s + i, j - i };
		if (j < n && s[j] == '\r' && j + 1 < n && s[j + 1] == '\n')
			j++;
		i = j + 1;
	} while (i < n);
	return count;
}

static void put_line(FILE *out, const char *cls, const char *prefix, const struct line_span *l)
{
	fprintf(out, "<span class=\"%s\">%s", cls, prefix);
	esc_n(out, l->s, l->n);
	fputs("</span>", out);
}

static int same_line(const struct line_span *a, const struct line_span *b)
{
	return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

/* before/after of the touched lines as a diff: unchanged leading and
 * trailing lines are context, the rest -/+ */
static void put_hunk(FILE *out, const char *before, size_t nb, const char *after, size_t na)
{
	struct line_span *b, *a;
	size_t lb = split_lines(before, nb, &b), la = split_lines(after, na, &a);
	size_t head = 0, tail = 0;
	while (head < lb && head < la && same_line(&b[head], &a[head]))
		head++;
	while (tail < lb - head && tail < la - head && same_line(&b[lb - 1 - tail], &a[la - 1 - tail]))
		tail++;
	for (size_t i = 0; i < head; i++)
		put_line(out, "same", " ", &b[i]);
	for (size_t i = head; i < lb - tail; i++)
		put_line(out, "del", "-", &b[i]);
	for (size_t i = head; i < la - tail; i++)
		put_line(out, "add", "+", &a[i]);
	for (size_t i = lb - tail; i < lb; i++)
		put_line(out, "same", " ", &b[i]);
	free(b);
	free(a);
}

static void put_lines(FILE *out, const char *cls, const char *prefix, const char *s, size_t n)
{
	struct line_span *l;
	size_t count = split_lines(s, n, &l);
	for (size_t i = 0; i < count; i++)
		put_line(out, cls, prefix, &l[i]);
	free(l);
}

static int edit_start_cmp(const void *a, const void *b)
{
	const struct text_edit *x = *(const struct text_edit *const *)a, *y = *(const struct text_edit *const *)b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Offset just past the end of the line holding pos, line terminator included. */
static size_t line_end_after(const char *t, size_t n, size_t pos)
{
	while (pos < n && t[pos] != '\n' && t[pos] != '\r')
		pos++;
	if (pos < n && t[pos] == '\r') {
		if (++pos < n && t[pos] == '\n')
			pos++;
	} else if (pos < n && t[pos] == '\n') {
		pos++;
	}
	return pos;
}

/* Each edit as a hunk: the whole lines it touches, before and after. */
static void put_patch(FILE *out, struct source_cache *cache, const struct finding *f)
{
	if (!f->n_fixes)
		return;
	fputs("<h4>Patch</h4><pre class=\"diff\">", out);
	for (size_t i = 0; i < f->n_fixes; i++) {
		const struct file_fix *fx = &f->fixes[i];
		struct source_file *src = source_cache_get(cache, fx->file);
		fputs("<span class=\"hunk\">--- a/", out);
		esc(out, fx->file);
		fputs("</span><span class=\"hunk\">+++ b/", out);
		esc(out, fx->file);
		fputs("</span>", out);
		const struct text_edit **order = xcalloc(fx->n_edits + 1, sizeof(*order));
		for (size_t j = 0; j < fx->n_edits; j++)
			order[j] = &fx->edits[j];
		qsort(order, fx->n_edits, sizeof(*order), edit_start_cmp);
		for (size_t j = 0; j < fx->n_edits; j++) {
			const struct text_edit *e = order[j];
			const char *repl = e->replacement ? e->replacement : "";
			int line = e->line, col = e->col;
			if (src && e->start <= e->end && e->end <= src->len && (line <= 0 || col <= 0))
				source_offset_to_linecol(src, e->start, &line, &col);
			if (src && e->start <= e->end && e->end <= src->len) {
				/* The whole lines the edit touches, with their line end (an
				 * insertion "x\n" before a line is then a pure addition), and
				 * every later edit that lands in them: one hunk shows the
				 * line as it will be written, never half of its edits. */
				size_t ls = e->start, k = j;
				while (ls > 0 && src->text[ls - 1] != '\n' && src->text[ls - 1] != '\r')
					ls--;
				size_t le = line_end_after(src->text, src->len, e->end);
				while (k + 1 < fx->n_edits && order[k + 1]->start >= order[k]->end &&
				       order[k + 1]->start < le && order[k + 1]->end <= src->len) {
					k++;
					if (order[k]->end > le)
						le = line_end_after(src->text, src->len, order[k]->end);
				}
				fprintf(out, "<span class=\"hunk\">@@ line %d @@</span>", line);
				struct strbuf after = STRBUF_INIT;
				size_t at = ls;
				for (size_t m = j; m <= k; m++) {
					strbuf_add(&after, src->text + at, order[m]->start - at);
					strbuf_addstr(&after, order[m]->replacement ? order[m]->replacement : "");
					at = order[m]->end;
				}
				strbuf_add(&after, src->text + at, le - at);
				put_hunk(out, src->text + ls, le - ls, after.buf, after.len);
				strbuf_release(&after);
				j = k;
			} else {
				/* source not at hand: show the raw edit */
				if (line > 0)
					fprintf(out, "<span class=\"hunk\">@@ line %d, column %d (bytes %zu-%zu) @@</span>", line,
						col, e->start, e->end);
				else
					fprintf(out, "<span class=\"hunk\">@@ bytes %zu-%zu @@</span>", e->start, e->end);
				put_lines(out, "add", "+", repl, strlen(repl));
			}
		}
		free(order);
	}
	fputs("</pre>\n", out);
}

static void put_meta(FILE *out, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	fprintf(out, "<div><dt>%s</dt><dd>", label);
	esc(out, value);
	fputs("</dd></div>", out);
}

static void put_finding(FILE *out, struct source_cache *cache, const struct finding *f, size_t index)
{
	unsigned sev = sev_of(f);
	fprintf(out, "<article class=\"finding sev-%s%s\" id=\"finding-%zu\" data-rule=\"", sev_label[sev],
		f->suppressed ? " suppressed" : "", index + 1);
	esc(out, f->rule);
	fprintf(out, "\" data-severity=\"%s\" data-package=\"", sev_label[sev]);
	esc(out, pkg_of(f));
	fprintf(out, "\" data-suppressed=\"%d\"%s>\n<div class=\"head\"><span class=\"badge %s\">%s</span>", f->suppressed,
		f->suppressed ? " hidden" : "", sev_label[sev], sev_label[sev]);
	if (f->suppressed)
		fputs("<span class=\"badge sup\">suppressed</span>", out);
	fputs("<span class=\"loc\">", out);
	esc(out, f->file);
	fprintf(out, ":%d:%d</span><span class=\"rule\">[", f->line, f->col);
	esc(out, f->rule);
	fputs("]</span></div>\n<p class=\"msg\">", out);
	esc(out, f->message);
	fputs("</p>\n", out);
	put_snippet(out, source_cache_get(cache, f->file), f);
	if (f->n_evidence) {
		fputs("<h4>Evidence</h4><ol class=\"evidence\">", out);
		for (size_t i = 0; i < f->n_evidence; i++) {
			fputs("<li><code>", out);
			esc(out, f->evidence[i].file);
			fprintf(out, ":%d:%d</code> ", f->evidence[i].line, f->evidence[i].col);
			esc(out, f->evidence[i].message);
			fputs("</li>", out);
		}
		fputs("</ol>\n", out);
	}
	if (f->proposal && *f->proposal) {
		fputs("<h4>Proposal</h4><pre class=\"proposal\">", out);
		esc(out, f->proposal);
		fputs("</pre>\n", out);
	}
	put_patch(out, cache, f);
	fputs("<dl class=\"meta\">", out);
	put_meta(out, "environment", f->environment);
	put_meta(out, "target", f->target);
	put_meta(out, "package", f->package);
	put_meta(out, "configuration", f->configuration);
	if (f->infverif) {
		char code[16];
		snprintf(code, sizeof(code), "%d", f->infverif);
		put_meta(out, "InfVerif", code);
	}
	put_meta(out, "suppressed because", f->suppressed ? f->suppression_reason : NULL);
	put_meta(out, "id", f->fingerprint);
	const struct rule_info *ri = rule_lookup(f->rule);
	if (ri && ri->doc_url) {
		fputs("<div><dt>docs</dt><dd><a href=\"", out);
		esc(out, ri->doc_url);
		fputs("\" rel=\"noreferrer\">", out);
		esc(out, ri->summary ? ri->summary : ri->id);
		fputs("</a></dd></div>", out);
	}
	fputs("</dl>\n</article>\n", out);
}

int report_write_html(const struct report *r, FILE *out, const struct report_write_options *o)
{
	struct finding **sorted = report_sorted_findings(r);
	struct diag *errs = report_sorted_errors(r);
	struct source_cache cache = { .root_dir = o->root_dir };
	struct report_counts c;
	report_count(r, &c);
	struct tally rules = { 0 }, pkgs = { 0 }, sevs = { 0 };
	for (size_t i = 0; i < r->findings.n; i++) {
		const struct finding *f = sorted[i];
		if (f->suppressed)
			continue;
		tally_add(&rules, f->rule, sev_of(f), r->findings.n);
		tally_add(&pkgs, pkg_of(f), sev_of(f), r->findings.n);
	}
	for (int s = SEV_ERROR; s >= SEV_NOTE; s--)
		tally_add(&sevs, sev_label[s], s, 3);
	tally_sort(&rules);
	tally_sort(&pkgs);

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
	      "<title>driso report", out);
	if (r->root) {
		fputs(" \xe2\x80\x94 ", out);
		esc(out, r->root);
	}
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", css);
	fputs("<header class=\"top\"><h1>Driver Package Isolation report</h1><div class=\"meta\">", out);
	if (r->root) {
		fputs("<code>", out);
		esc(out, r->root);
		fputs("</code> \xc2\xb7 ", out);
	}
	fputs("driso ", out);
	esc(out, r->version ? r->version : DRISO_VERSION);
	fprintf(out, " \xc2\xb7 %zu files scanned</div></header>\n<main>\n", r->n_files_scanned);

	fprintf(out, "<section class=\"cards\" id=\"counts\">"
		     "<div class=\"card\"><b id=\"n-findings\">%zu</b><span>findings</span></div>"
		     "<div class=\"card error\"><b id=\"n-error\">%zu</b><span>errors</span></div>"
		     "<div class=\"card warning\"><b id=\"n-warning\">%zu</b><span>warnings</span></div>"
		     "<div class=\"card note\"><b id=\"n-note\">%zu</b><span>notes</span></div>"
		     "<div class=\"card\"><b id=\"n-suppressed\">%zu</b><span>suppressed</span></div>"
		     "<div class=\"card\"><b id=\"n-files\">%zu</b><span>files scanned</span></div>"
		     "%s</section>\n",
		c.n_findings, c.by_severity[SEV_ERROR], c.by_severity[SEV_WARNING], c.by_severity[SEV_NOTE],
		c.n_suppressed, r->n_files_scanned, "");
	fputs("<section class=\"tables\">\n", out);
	put_tally_table(out, "by-package", "By package", "package", &pkgs, NULL, 0);
	put_tally_table(out, "by-rule", "By rule", "rule", &rules, sorted, r->findings.n);
	fputs("</section>\n", out);

	/* the filter lists include suppressed findings' values too */
	struct tally all_rules = { 0 }, all_pkgs = { 0 };
	for (size_t i = 0; i < r->findings.n; i++) {
		tally_add(&all_rules, sorted[i]->rule, sev_of(sorted[i]), r->findings.n);
		tally_add(&all_pkgs, pkg_of(sorted[i]), sev_of(sorted[i]), r->findings.n);
	}
	tally_sort(&all_rules);
	tally_sort(&all_pkgs);
	fputs("<section class=\"filters\" id=\"filters\">\n", out);
	put_options(out, "rule", "Rule", &all_rules);
	put_options(out, "severity", "Severity", &sevs);
	put_options(out, "package", "Package", &all_pkgs);
	fputs("<input type=\"search\" id=\"f-text\" placeholder=\"Search findings\" aria-label=\"Search findings\">\n"
	      "<label><input type=\"checkbox\" id=\"f-suppressed\"> show suppressed</label>\n", out);
	fprintf(out, "<span id=\"shown\">%zu of %zu findings shown</span>\n</section>\n", c.n_findings, r->findings.n);
	tally_free(&all_rules);
	tally_free(&all_pkgs);

	fputs("<section id=\"findings\">\n", out);
	for (size_t i = 0; i < r->findings.n; i++)
		put_finding(out, &cache, sorted[i], i);
	if (!r->findings.n)
		fputs("<p class=\"empty\">No isolation findings.</p>\n", out);
	fputs("</section>\n", out);

	if (r->errors.n) {
		fprintf(out, "<section class=\"errors\" id=\"errors\"><h4>Input errors (%zu)</h4><ul>\n", r->errors.n);
		for (size_t i = 0; i < r->errors.n; i++) {
			fputs("<li>", out);
			esc(out, errs[i].file);
			fprintf(out, ":%d: ", errs[i].line);
			esc(out, errs[i].message);
			fputs("</li>\n", out);
		}
		fputs("</ul></section>\n", out);
	}
	fputs("<footer>Generated by driso \xc2\xb7 self-contained report, no network access needed</footer>\n</main>\n", out);
	fprintf(out, "<script>\n%s</script>\n</body>\n</html>\n", script);

	tally_free(&rules);
	tally_free(&pkgs);
	tally_free(&sevs);
	source_cache_free(&cache);
	free(sorted);
	free(errs);
	return 0;
}
