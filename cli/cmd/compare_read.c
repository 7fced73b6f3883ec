/* compare_read.c - the data form of casestat compare: counting the
 * --success column per value of --by on all CPUs, then choosing the two
 * groups (--groups, or the only two values there are). */
#include "cli/cmd/compare.h"
#include "cli/core/fold.h"
#include "cli/core/groups.h"
#include "cli/frame/reduce.h"
#include "analysis/proportion.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct cs_by_group *c = vc;
	const struct compare_opts *o = c->opts;
	struct cs_success_counts *g = cs_by_group_get(c, row, 1, err);
	return g ? cs_success_count(&o->success, c->cells, row, 0, c->input, g, err) : CS_EXIT_ENV;
}

const struct cs_reduce cs_compare_reduce = CS_BY_GROUP_REDUCE(struct cs_by_group, 0, on_row, cs_by_group_add,
							       cs_success_rows, struct cs_success_counts);

/* "'A', 'B', 'C'" (the first few, in order), for messages. */
static void list_groups(const struct cs_groups *g, const size_t *order, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < g->n && k < size; i++) {
		if (i == 6) {
			snprintf(buf + k, size - k, ", ... (%zu in all)", g->n);
			return;
		}
		k += (size_t)snprintf(buf + k, size - k, "%s'%s'", i ? ", " : "", g->key[order[i]]);
	}
}

/* The group named key[0..len): the same bytes, or with --fold the same
 * after folding. */
static long find_group(const struct cs_by_group *c, const char *key, size_t len)
{
	const struct cs_groups *g = &c->groups;
	for (size_t i = 0; i < g->n; i++)
		if (g->keylen[i] == len && memcmp(g->key[i], key, len) == 0)
			return (long)i;
	if (!c->cells->fold)
		return -1;
	char *k = malloc(len + 1);
	int kl = k ? cs_fold_key(key, len, k, len + 1) : -1;
	long found = -1;
	for (size_t i = 0; kl >= 0 && i < g->n && found < 0; i++)
		if (cs_fold_equal(g->key[i], g->keylen[i], k, (size_t)kl))
			found = (long)i;
	free(k);
	return found;
}

/* Resolve --groups A,B against the values found: the comma that splits the
 * spec into two values that both occur (a value may hold commas). */
static int resolve_groups(const struct cs_by_group *c, const size_t *order, long g[2], struct cs_err *err)
{
	const struct compare_opts *o = c->opts;
	const char *spec = o->groups;
	size_t len = strlen(spec);
	int found = 0, commas = 0;
	for (size_t i = 0; i < len; i++) {
		if (spec[i] != ',')
			continue;
		commas++;
		long a = find_group(c, spec, i), b = find_group(c, spec + i + 1, len - i - 1);
		if (a >= 0 && b >= 0) {
			g[0] = a;
			g[1] = b;
			found++;
		}
	}
	char values[512];
	list_groups(&c->groups, order, values, sizeof values);
	if (found > 1)
		return cs_err_usage(err, "compare", "--groups '%s' can be split at more than one comma into two"
				    " values of '%s'; rename the values or filter with --where", spec, o->by);
	if (found == 1)
		return 0;
	if (commas == 1) {
		const char *comma = strchr(spec, ',');
		const char *miss = find_group(c, spec, (size_t)(comma - spec)) < 0 ? spec : comma + 1;
		size_t mlen = miss == spec ? (size_t)(comma - spec) : strlen(comma + 1);
		return cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "no %srow has %s = '%.*s'; its values are: %s",
				 c->selected ? "selected " : "", o->by, (int)mlen, miss, values);
	}
	return cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "--groups '%s' does not name two values of '%s';"
			 " its values are: %s", spec, o->by, values);
}

/* The two groups of the data form: their counts and their names. */
int cs_compare_pick(const void *data, struct compare_opts *o, struct cs_2x2 *t, int64_t *missing,
		    struct cs_err *err)
{
	const struct cs_by_group *c = data;
	size_t *order = cs_groups_sorted(&c->groups);
	if (!order)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	long g[2] = { -1, -1 };
	int rc = 0;
	char values[512];
	list_groups(&c->groups, order, values, sizeof values);
	if (o->groups)
		rc = resolve_groups(c, order, g, err);
	else if (c->groups.n == 2)
		g[0] = (long)order[0], g[1] = (long)order[1];
	else if (c->groups.n == 1)
		rc = cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "every %srow has %s = %s: there is only one"
			       " group, so nothing to compare", c->selected ? "selected " : "", o->by, values);
	else
		rc = cs_err_usage(err, "compare", "column '%s' has %zu values (%s); choose two with --groups A,B",
				  o->by, c->groups.n, values);
	free(order);
	const struct cs_success_counts *cnt[2] = { NULL, NULL };
	for (int k = 0; !rc && k < 2; k++) {
		cnt[k] = cs_groups_value(&c->groups, (size_t)g[k]);
		if (cnt[k]->n == 0)
			rc = cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "group %s = '%s' has no usable values in"
				       " column '%s' (%lld empty)", o->by, c->groups.key[g[k]], o->success.col,
				       (long long)cnt[k]->missing);
		else if (asprintf(&o->name[k], "rows with %s = '%s'", o->by, c->groups.key[g[k]]) < 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory"), o->name[k] = NULL;
	}
	if (rc)
		return rc;
	*t = (struct cs_2x2){ cnt[0]->x, cnt[0]->n, cnt[1]->x, cnt[1]->n };
	*missing = cnt[0]->missing + cnt[1]->missing;
	if (t->n1 + t->n2 > CS_PROP_MAX_N)
		return cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "the two groups hold more than %lld rows",
				 (long long)CS_PROP_MAX_N);
	int64_t x = 0;
	for (size_t i = 0; i < c->groups.n; i++)
		x += ((const struct cs_success_counts *)cs_groups_value(&c->groups, i))->x;
	cs_success_check_none(&o->success, x, c->selected);
	return 0;
}

