/* args.h - command-line options declared as a table.
 *
 * One table per command lists every option with its help line, so parsing
 * and --help cannot drift apart.  The parser is GNU-like: long options
 * (--name VALUE or --name=VALUE), a few short ones (-o FILE), options
 * anywhere among the operands, "--" ends the options, "-" is an operand.
 * Unlike getopt, an argument that looks like a negative number ("-1/5",
 * "-12.5") is an operand, so the command can say what is wrong with it. */
#ifndef CS_ARGS_H
#define CS_ARGS_H

#include <stdio.h>
#include "cli/core/diag.h"

struct cs_option {
	int key;              /* returned by cs_args_next(); > 0; 0 ends a table */
	const char *name;     /* long name without the dashes */
	char short_name;      /* 0 for none */
	const char *argname;  /* placeholder shown in --help; NULL for a flag */
	const char *help;     /* one line; NULL hides the option from --help */
	const char *def;      /* default value as text, for run.txt; NULL if none */
};

struct cs_args {
	const char *cmd;                 /* command name for messages (borrowed) */
	const struct cs_option *opts;    /* the table (borrowed) */
	int argc;
	char **argv;                     /* borrowed */
	int i;                           /* next argv index */
	int dashdash;                    /* "--" seen */
	const char **operands;           /* owned; borrowed strings */
	int noperands;
	const struct cs_option *opt;     /* option just returned */
	const char *value;               /* its argument, or NULL */
};

/* argv[0] is the command name; the rest is parsed.  Returns 0 or CS_EXIT_ENV
 * (out of memory, in err). */
int cs_args_init(struct cs_args *a, const char *cmd, const struct cs_option *opts,
		 int argc, char **argv, struct cs_err *err);
/* The next option's key; 0 when all arguments are read (the operands are
 * then in a->operands); -1 on a usage error, described in err. */
int cs_args_next(struct cs_args *a, struct cs_err *err);
void cs_args_free(struct cs_args *a);

/* Does argv (argv[0] is the command) hold --help or -h before any "--"?
 * GNU style: --help wins over every other argument, valid or not. */
int cs_args_wants_help(int argc, char **argv);

/* Print the option lines of a table for --help. */
void cs_args_print(FILE *out, const struct cs_option *opts);

#endif
