#include "core/rule_info.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * Each family defines its table; weak references let a family that has not
 * landed yet be absent without breaking the build.
 */
extern const struct rule_table inf_rule_table __attribute__((weak));
extern const struct rule_table source_rule_table __attribute__((weak));

static const struct rule_info **all;
static size_t n_all;
static const struct rule_table *test_table;   /* tests only: replaces the linked tables */

void rule_info_set_table_for_tests(const struct rule_table *t)
{
	test_table = t;
	free(all);
	all = NULL;
	n_all = 0;
}

static int by_id(const void *a, const void *b)
{
	return strcmp((*(const struct rule_info *const *)a)->id, (*(const struct rule_info *const *)b)->id);
}

static void load(void)
{
	if (all)
		return;
	const struct rule_table *tables[] = { &inf_rule_table, &source_rule_table };
	if (test_table)
		tables[0] = test_table, tables[1] = NULL;
	size_t n = 0;
	for (size_t t = 0; t < 2; t++)
		if (tables[t])
			n += tables[t]->n;
	all = xcalloc(n + 1, sizeof(*all));
	for (size_t t = 0; t < 2; t++)
		if (tables[t])
			for (size_t i = 0; i < tables[t]->n; i++)
				all[n_all++] = &tables[t]->rules[i];
	qsort(all, n_all, sizeof(*all), by_id);
}

const struct rule_info *rule_lookup(const char *id)
{
	load();
	for (size_t i = 0; i < n_all; i++)
		if (!strcmp(all[i]->id, id))
			return all[i];
	return NULL;
}

const struct rule_info *const *rule_all(size_t *n)
{
	load();
	*n = n_all;
	return all;
}
