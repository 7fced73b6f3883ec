/* recipe.h - reading a recipe: the INI-style file that `casestat run`
 * turns into a reproducible output directory.
 *
 *   [run]                       title, output, seed, conf, min_cell, currency
 *   [<command> <name>]          one analysis; its keys are the command's long
 *                               options, plus input (a CSV file), args (the
 *                               operands of a calculator form), plot
 *                               (png, svg, pdf, gp or none) and note (a
 *                               sentence for the report)
 *
 * Parsed with inih (Debian's libinih): ';' or '#' starts a comment line, and
 * ';' after a blank starts a comment at the end of a value; blanks around
 * names and values are dropped; lines may be of any length, and indented
 * lines right after a note continue it.
 * Every error names the recipe line.  Paths are relative to the recipe's
 * directory.  The structure owns all its strings. */
#ifndef CS_RECIPE_H
#define CS_RECIPE_H

#include <stddef.h>
#include "cli/frame/command.h"
#include "cli/core/diag.h"

struct cs_recipe_opt {
	char *key, *value;
	unsigned long line;
};

struct cs_recipe_section {
	const struct cs_command *cmd;
	char *name;                 /* [A-Za-z0-9_-]+, used for file names */
	unsigned long line;         /* of the [header] */
	struct cs_recipe_opt *opt;  /* in file order */
	size_t nopt;
};

struct cs_recipe {
	char *path;                 /* as given */
	char *dir;                  /* its directory ("." for none) */
	/* [run]; NULL where not given */
	char *title, *output, *seed, *conf, *min_cell, *currency;
	unsigned long output_line;
	struct cs_recipe_section *sec;
	size_t nsec;
};

/* Read and check the recipe at path.  Returns 0 or an exit code with err
 * filled ("RECIPE:LINE: ..."): 2 for a recipe that is wrong, 3 for a file
 * that cannot be read. */
int cs_recipe_load(struct cs_recipe *r, const char *path, struct cs_err *err);
void cs_recipe_free(struct cs_recipe *r);

/* The value of key in section s (the last one if repeated), or NULL. */
const char *cs_recipe_get(const struct cs_recipe_section *s, const char *key);
/* path resolved against the recipe's directory; caller frees. */
char *cs_recipe_path(const struct cs_recipe *r, const char *path);

#endif
