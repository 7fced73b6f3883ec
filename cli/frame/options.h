/* options.h - command-line options declared once, bound to their storage.
 *
 * A command declares its options in one table.  Each entry names the
 * option, its help line and its default, and says where its value goes:
 * an offset into the command's own options struct, or (CS_OPT_COMMON)
 * into struct cs_common, with an optional parse callback that checks and
 * converts the text.  Groups shared by many commands (output, input,
 * --min-cell, --plot, money) are tables of their own, included by an
 * entry { .include = group }.  The one table drives parsing, --help, the
 * keys a recipe section may hold and the parameters run.txt records.
 *
 * The parser is GNU-like: long options (--name VALUE or --name=VALUE), a
 * few short ones (-o FILE), options anywhere among the operands, "--" ends
 * the options, "-" is an operand.  Unlike getopt, an argument that looks
 * like a negative number ("-1/5", "-12.5") is an operand, so that the
 * command can say what is wrong with it.  An option that takes a value may
 * be given once, unless it is marked CS_OPT_MULTI (--where): given twice it
 * is a usage error, never a silent choice of the last. */
#ifndef CS_OPTIONS_H
#define CS_OPTIONS_H

#include <stddef.h>
#include <stdio.h>
#include "cli/core/diag.h"

struct cs_opt;

/* What a parse callback is told besides the value. */
struct cs_opt_use {
	const char *cmd;              /* the command, for messages */
	const struct cs_opt *opt;     /* the option being set */
};

/* Check value and store it at dest.  Returns 0 or an exit code with err
 * filled (a usage error names the option and says what it takes). */
typedef int (*cs_opt_parse_fn)(void *dest, const char *value, const struct cs_opt_use *u,
			       struct cs_err *err);

enum {
	CS_OPT_MULTI = 1u << 0,       /* may be given more than once; each use is parsed */
	CS_OPT_COMMON = 1u << 1,      /* stored in struct cs_common, not the command's options */
	CS_OPT_UNRECORDED = 1u << 2,  /* not a parameter of the result: run.txt leaves it out */
	CS_OPT_NO_RECIPE = 1u << 3    /* run decides it: a recipe may not set it */
};

struct cs_opt {
	const char *name;             /* long name without dashes; NULL ends a table (with no include) */
	char short_name;              /* 0 for none */
	const char *argname;          /* placeholder in --help; NULL for a flag (an int set to 1) */
	const char *help;             /* one line; NULL hides it from --help (for an include: a heading) */
	const char *def;              /* the default as text for run.txt; NULL: "(not set)" or "no" */
	size_t off;                   /* where the value goes */
	cs_opt_parse_fn parse;        /* NULL: the text is stored as a borrowed const char * */
	unsigned flags;               /* CS_OPT_* */
	const struct cs_opt *include; /* with name NULL: the options of another table */
};

#define CS_OPT_INCLUDE(group) { .include = (group) }
/* A group that --help lists under a heading of its own; put it last. */
#define CS_OPT_SECTION(heading, group) { .help = (heading), .include = (group) }
#define CS_OPT_END { .name = NULL }

/* One use of an option, in the order given. */
struct cs_given {
	const struct cs_opt *opt;
	const char *value;            /* borrowed; NULL for a flag */
};

/* Parsing state: where values go, what was given, the operands. */
struct cs_opts {
	const char *cmd;
	const struct cs_opt *table;
	void *own;                    /* the command's options */
	void *common;                 /* struct cs_common */
	struct cs_given *given;       /* owned array */
	size_t ngiven, gcap;
	const char **operand;         /* owned array of borrowed strings */
	size_t noperand, ocap;
};

void cs_opts_init(struct cs_opts *o, const char *cmd, const struct cs_opt *table, void *own, void *common);
void cs_opts_free(struct cs_opts *o);

/* Parse argv[1..argc) (argv[0] is the command).  Returns 0 or an exit code
 * with err filled. */
int cs_opts_parse(struct cs_opts *o, int argc, char **argv, struct cs_err *err);

/* Set the option called name to value as if given on the command line (a
 * recipe key).  A flag takes yes/true (set) or no/false (left unset).
 * Returns 0, or an exit code with err filled; an unknown name is a usage
 * error. */
int cs_opts_set(struct cs_opts *o, const char *name, const char *value, struct cs_err *err);

/* The option called name in a table (groups included), or NULL. */
const struct cs_opt *cs_opts_find(const struct cs_opt *table, const char *name);
/* How many times the option called name was given. */
size_t cs_opts_count(const struct cs_opts *o, const char *name);

/* Call fn for every option of a table, groups expanded, in table order. */
void cs_opts_each(const struct cs_opt *table, void (*fn)(const struct cs_opt *opt, void *arg), void *arg);

/* The option lines of --help. */
void cs_opts_print(FILE *out, const struct cs_opt *table);

/* Does argv (argv[0] is the command) hold --help or -h before any "--"?
 * GNU style: --help wins over every other argument, valid or not. */
int cs_opts_wants_help(int argc, char **argv);

#endif
