/* tab_read.c - the data form of casestat tab: counting the values (or the
 * months, years, ... of dates) of one column on all CPUs. */
#include "cli/cmd/tab.h"
#include "cli/io/input.h"
#include "cli/core/groups.h"
#include "cli/frame/reduce.h"
#include "cli/core/values.h"

#include <stdlib.h>
#include <string.h>

struct reading {
	struct cs_by_group by;      /* label -> int64_t count */
	int64_t missing;
};

static int ctx_merge(void *vinto, const void *vfrom, struct cs_err *err)
{
	struct reading *a = vinto;
	const struct reading *b = vfrom;
	a->missing += b->missing;
	return cs_by_group_add(&a->by, &b->by, err);
}

/* A value, or the bucket of a date (COL:month ...: cli/frame/reduce.h). */
static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct reading *c = vc;
	if (cs_is_blank(row->value[0], row->len[0])) {
		c->missing++;
		return 0;
	}
	int64_t *g = cs_groups_get(&c->by.groups, row->value[0], row->len[0]);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	(*g)++;
	return 0;
}

static int64_t group_rows(const void *count)
{
	return *(const int64_t *)count;
}

const struct cs_reduce cs_tab_reduce = CS_BY_GROUP_REDUCE(struct reading, 0, on_row, ctx_merge, group_rows, int64_t);

/* Counts over time: the empty periods between the first and the last are
 * categories too. */
static int fill_buckets(struct cs_groups *g, enum cs_bucket b, struct cs_err *err)
{
	long first = 0, last = 0;
	int any = 0;
	for (size_t i = 0; i < g->n; i++) {
		long idx;
		if (cs_bucket_parse(b, g->key[i], &idx) != 0)
			continue;
		if (!any || idx < first)
			first = idx;
		if (!any || idx > last)
			last = idx;
		any = 1;
	}
	for (long i = first; any && i <= last; i++) {
		char label[CS_BUCKET_LABEL];
		cs_bucket_label(b, i, label, sizeof label);
		if (!cs_groups_get(g, label, strlen(label)))
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	return 0;
}

int cs_tab_cats(void *data, const struct tab_opts *o, int selected, struct tab_cats *cats, struct cs_err *err)
{
	struct reading *c = data;
	memset(cats, 0, sizeof *cats);
	if (c->by.groups.n == 0)
		return cs_err_at(err, CS_EXIT_DATA, c->by.input, 0, 0, "column '%s' is empty in every %srow:"
				 " there is nothing to count", o->by, selected ? "selected " : "");
	int rc = o->bucket ? fill_buckets(&c->by.groups, o->bucket, err) : 0;
	if (rc)
		return rc;
	cats->k = c->by.groups.n;
	cats->missing = c->missing;
	cats->name = malloc(cats->k * sizeof *cats->name);
	cats->count = malloc(cats->k * sizeof *cats->count);
	if (!cats->name || !cats->count)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t i = 0; i < cats->k; i++) {
		cats->name[i] = c->by.groups.key[i];
		cats->count[i] = *(int64_t *)cs_groups_value(&c->by.groups, i);
		cats->n += cats->count[i];
	}
	return 0;
}
