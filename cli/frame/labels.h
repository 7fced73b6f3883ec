/* labels.h - labels as written: values that differ only by letter case or
 * by blanks around them ("Алматы", "алматы", "Алматы ").
 *
 * Without --fold such values stay apart, as the data has them, and
 * casestat says so: a --success COL=VALUE or --where COL=VALUE that left
 * out cells differing from VALUE only so, and group labels that differ
 * from each other only so, are named in a warning with their row counts.
 * With --fold they are one value: matched as VALUE, grouped under one
 * label (the spelling most rows have; of those with as many, the first in
 * byte order), and a note names the spellings it took in.
 *
 * The reader (cli/frame/reduce.c) records the spellings it needs in a
 * struct cs_spellings per thread: the cells that matched a VALUE only by
 * folding (tagged by the condition), and, with --fold, every spelling of
 * the label column.  What is counted per row stays small: no spelling is
 * recorded for a row whose cells match exactly, and without --fold the
 * group labels are checked once, after reading, in the command's groups. */
#ifndef CS_LABELS_H
#define CS_LABELS_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/groups.h"

/* Tags of what a spelling was recorded for. */
enum { CS_SPELL_LABEL = 0, CS_SPELL_MATCH = 1, CS_SPELL_WHERE = 2 /* + the --where's index */ };
#define CS_SPELL_MAX_WHERE 200

struct cs_spellings {
	struct cs_groups g;    /* tag byte + spelling -> int64_t rows */
};

void cs_spellings_init(struct cs_spellings *s);
void cs_spellings_free(struct cs_spellings *s);
/* One more row with spelling v[0..len) for tag.  0, or -1 when out of
 * memory. */
int cs_spellings_add(struct cs_spellings *s, unsigned tag, const char *v, size_t len);
/* Add what another thread recorded.  0 or -1. */
int cs_spellings_merge(struct cs_spellings *into, const struct cs_spellings *from);

/* After reading, for a --success or --where (opt, "--where region=алматы")
 * on column col compared with value: without fold, a warning naming the
 * cells left out (tag's spellings); with fold, a note naming the ones
 * matched. */
void cs_labels_report_value(const struct cs_spellings *s, unsigned tag, const char *opt, const char *col,
			    const char *value, int fold);

/* Without --fold: warn about the labels of g (groups of column col) that
 * differ only by letter case or blanks, with rows(value block) rows each.
 * 0, or -1 when out of memory. */
int cs_labels_check_groups(const struct cs_groups *g, int64_t (*rows)(const void *value), const char *col);

/* With --fold: the groups of g are keyed by folded labels; give each the
 * spelling its rows have most (from s, tag CS_SPELL_LABEL) and note the
 * groups that took in more than one.  0, or -1 when out of memory. */
int cs_labels_fold_groups(struct cs_groups *g, const struct cs_spellings *s, const char *col);

#endif
