/* finish.h - what happens to a result between the computation and
 * everything that shows it: small-cell suppression (--min-cell K), then
 * the explanations.
 *
 * A command computes its rows with every count as it is, and declares each
 * count of people a row shows or rests on (cs_result_count) with the
 * --min-cell decision the helpers below make for it.  cs_result_finish()
 * then, the same way for every command: prints hidden counts as '<K';
 * empties the estimates, limits and p-values of a row when a count they
 * rest on (a key count) is hidden; sets the row's 'suppressed' column; and
 * writes the row's sentences - the command's own only for rows whose key
 * counts are shown, told the hidden counts as hidden, and a sentence that
 * says why for what is hidden.  With K = 0 nothing is hidden.  The rules
 * and what each command hides are in docs/notes/suppression.md. */
#ifndef CS_FINISH_H
#define CS_FINISH_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/result.h"
#include "cli/core/text.h"
#include "analysis/suppress.h"

struct cs_job;

/* The decision for a count that belongs to no published total (a rate's
 * events, the amounts of a group, rows left out): small or shown. */
enum cs_sup_why cs_hide_why(int64_t v, int64_t k);

/* The decisions for a proportion x of n whose total is printed (x and n
 * printed, n - x implied).  CS_OK or CS_ENOMEM. */
int cs_hide_proportion(int64_t x, int64_t n, int64_t k, enum cs_sup_why *x_why, enum cs_sup_why *n_why);

/* The mark of a hidden count: "<5". */
void cs_hide_mark(char *buf, size_t size, int64_t k);

/* A count for a label the result prints ("6/7" in the calculator form):
 * its digits, or the mark when it is hidden. */
void cs_hide_text(char *buf, size_t size, int64_t v, enum cs_sup_why why, int64_t k);

/* Writes the sentences of row `row` that nothing hides. */
typedef void (*cs_explain_fn)(const struct cs_job *job, const struct cs_result *r, size_t row,
			      struct cs_text *t);

/* Apply the decisions to every row of r, then (with explain) write the
 * sentences with fn.  Returns 0, or -1 when out of memory. */
int cs_result_finish(struct cs_result *r, int explain, cs_explain_fn fn, const struct cs_job *job);

#endif
