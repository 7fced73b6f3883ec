/* help.h - the --help text of a command.
 *
 * The prose lives in cli/help/NAME.txt, one file a command, in sections
 * (usage, about, more, examples, exit); the build embeds them in the
 * program (scripts/embed_help.sh).  A section may hold @part@ tokens that
 * are printed from the tables they describe, so that help and code cannot
 * drift apart: @columns@ (the command's columns), @prop_methods@ (the
 * proportion methods with their aliases), @prop_method_list@ (their names,
 * the default marked), @prop_method_names@, and the command's own parts
 * (cs_command.help_part). */
#ifndef CS_HELP_H
#define CS_HELP_H

#include <stdio.h>

struct cs_command;

struct cs_help_text {
	const char *cmd, *section, *text;
};

/* The embedded texts, ending in a row of NULLs (generated). */
extern const struct cs_help_text cs_help_texts[];

/* The text of a section of cmd's help, or NULL when it has none. */
const char *cs_help_text(const char *cmd, const char *section);

/* Print text with its @part@ tokens filled in; a token nothing knows is
 * printed as it is. */
void cs_help_print(FILE *out, const struct cs_command *cmd, const char *text);

/* The whole --help of cmd: usage, about, the options, more, examples,
 * exit status. */
void cs_command_help(const struct cs_command *cmd, FILE *out);

#endif
