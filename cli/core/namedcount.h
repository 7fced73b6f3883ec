/* namedcount.h - the NAME=COUNT items of the calculator forms of tab
 * ("casestat tab Kaspi=120,card=80" or "casestat tab 120,80") and funnel
 * ("casestat funnel identified=7000 questioned=800").
 *
 * Each argument holds one or more items separated by commas; an item is
 * NAME=COUNT (split at the last '=') or a bare COUNT, which is named by its
 * 1-based position in the whole list ("1", "2", ...).  Counts are whole
 * numbers 0 <= COUNT <= max.  Names must differ. */
#ifndef CS_NAMEDCOUNT_H
#define CS_NAMEDCOUNT_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"

struct cs_named {
	char *name;        /* owned */
	int64_t count;
};

struct cs_named_list {
	struct cs_named *item;   /* owned, n entries */
	size_t n;
};

/* Append the items of arg.  `what` names an item in messages ("category",
 * "stage"), `example` shows the syntax ("Kaspi=120").  Returns 0, a usage
 * error (exit 2) or CS_EXIT_ENV (out of memory), with err filled. */
int cs_named_add(struct cs_named_list *l, const char *arg, int64_t max, const char *cmd,
		 const char *what, const char *example, struct cs_err *err);
void cs_named_free(struct cs_named_list *l);

#endif
