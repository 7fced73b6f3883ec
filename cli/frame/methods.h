/* methods.h - the proportion methods of analysis/proportion.h as options
 * (prop, funnel, coverage) and as the method of a result row. */
#ifndef CS_METHODS_H
#define CS_METHODS_H

#include <stdio.h>
#include "cli/core/result.h"
#include "cli/frame/options.h"
#include "analysis/proportion.h"

/* A method table of analysis/ seen whole: n rows of stride bytes, each of
 * which starts with its name and its NULL-terminated aliases
 * (const char *name; const char *aliases[4]; ...), as every table there
 * does. */
struct cs_method_table {
	const void *rows;
	size_t n, stride;
};
#define CS_METHOD_TABLE(rows, n) ((struct cs_method_table){ (rows), (n), sizeof *(rows) })

/* The usage error for an unknown --method: "unknown method 'x'; the
 * methods are: a, b, ..., all".  Returns CS_EXIT_USAGE. */
int cs_err_unknown_method(struct cs_err *err, const char *cmd, const char *value, struct cs_method_table t);
/* The row of t named value (its name or an alias) in *dest, or NULL for
 * "all"; an unknown name is the usage error above.  For --method NAME|all
 * options: dest is a const pointer to a row of t. */
int cs_method_option(const void **dest, const char *value, const char *cmd, struct cs_method_table t,
		     struct cs_err *err);
/* "name [alias, alias]" for --help. */
void cs_method_names(char *buf, size_t size, struct cs_method_table t, size_t i);

/* --method NAME|all: dest is a const struct cs_prop_method *, NULL for
 * "all".  An unknown name is a usage error listing the names. */
int cs_opt_prop_method(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);

/* The methods m, or every method when m is NULL: [*first, *last). */
void cs_prop_method_range(const struct cs_prop_method *m, size_t *first, size_t *last);

/* The lines of --help that list the methods with their aliases (no
 * newline after the last). */
void cs_help_prop_methods(FILE *out);

static inline struct cs_method_ref cs_prop_method_ref(const struct cs_prop_method *m)
{
	return (struct cs_method_ref){ m->name, m->title, m->reference };
}

#endif
