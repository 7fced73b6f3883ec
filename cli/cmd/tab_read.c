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
	long first, last;           /* bucket index range seen */
	int any;
};

static int ctx_init(void *vc, const struct cs_job *job)
{
	cs_by_group_init(&((struct reading *)vc)->by, job, sizeof(int64_t));
	return 0;
}

static void seen(struct reading *c, long first, long last)
{
	if (!c->any || first < c->first)
		c->first = first;
	if (!c->any || last > c->last)
		c->last = last;
	c->any = 1;
}

static int ctx_merge(void *vinto, const void *vfrom, struct cs_err *err)
{
	struct reading *a = vinto;
	const struct reading *b = vfrom;
	int rc = cs_by_group_add(&a->by, &b->by, err);
	if (rc)
		return rc;
	a->missing += b->missing;
	if (b->any)
		seen(a, b->first, b->last);
	return 0;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct reading *c = vc;
	const struct tab_opts *o = c->by.opts;
	const char *v = row->value[0];
	size_t len = row->len[0];
	if (cs_is_blank(v, len)) {
		c->missing++;
		return 0;
	}
	char label[16];
	if (o->bucket) {
		int y, m, d;
		int st = cs_date_parse(v, len, &y, &m, &d);
		char shown[CS_MSG_TEXT];
		if (st == CS_DATE_FORM)
			return cs_err_cell(err, CS_EXIT_DATA, c->by.input, row, 0,
					 "column '%s' has '%s', which is not a date in the form YYYY-MM-DD"
					 " (e.g. 2023-07-09)", o->by, cs_msg_text(shown, sizeof shown, v, len));
		if (st == CS_DATE_NO_SUCH_DAY)
			return cs_err_cell(err, CS_EXIT_DATA, c->by.input, row, 0,
					 "column '%s' has '%s', which is not a day of the calendar", o->by,
					 cs_msg_text(shown, sizeof shown, v, len));
		long idx = cs_bucket_index(o->bucket, y, m, d);
		seen(c, idx, idx);
		cs_bucket_label(o->bucket, idx, label, sizeof label);
		v = label;
		len = strlen(label);
	}
	int64_t *g = cs_groups_get(&c->by.groups, v, len);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	(*g)++;
	return 0;
}

const struct cs_reduce cs_tab_reduce = {
	sizeof(struct reading), 0, ctx_init, on_row, ctx_merge, cs_by_group_fini
};

int cs_tab_cats(void *data, const struct tab_opts *o, int selected, struct tab_cats *cats, struct cs_err *err)
{
	struct reading *c = data;
	memset(cats, 0, sizeof *cats);
	if (c->by.groups.n == 0)
		return cs_err_at(err, CS_EXIT_DATA, c->by.input, 0, 0, "column '%s' is empty in every %srow:"
				 " there is nothing to count", o->by, selected ? "selected " : "");
	/* counts over time: the empty periods in between are categories too */
	for (long i = c->first; c->any && i <= c->last; i++) {
		char label[16];
		cs_bucket_label(o->bucket, i, label, sizeof label);
		if (!cs_groups_get(&c->by.groups, label, strlen(label)))
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
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
