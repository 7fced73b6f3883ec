/* help.c - the --help text of a command (see help.h). */
#include "cli/frame/help.h"
#include "cli/frame/command.h"
#include "cli/frame/methods.h"

#include <string.h>

const char *cs_help_text(const char *cmd, const char *section)
{
	for (const struct cs_help_text *h = cs_help_texts; h->cmd; h++)
		if (strcmp(h->cmd, cmd) == 0 && strcmp(h->section, section) == 0)
			return h->text;
	return NULL;
}

/* The parts every command may use; 1 when name is one of them. */
static int shared_part(FILE *out, const struct cs_command *cmd, const char *name)
{
	if (strcmp(name, "columns") == 0 && cmd->columns) {
		for (size_t i = 0; i < cmd->ncolumns; i++)
			fprintf(out, "%s%s", i ? "," : "", cmd->columns[i].name);
	} else if (strcmp(name, "prop_methods") == 0) {
		cs_help_prop_methods(out);
	} else if (strcmp(name, "prop_method_list") == 0 || strcmp(name, "prop_method_names") == 0) {
		int mark = strcmp(name, "prop_method_list") == 0;
		for (size_t i = 0; i < cs_prop_nmethods; i++)
			fprintf(out, " %s%s", cs_prop_methods[i].name,
				mark && &cs_prop_methods[i] == cs_prop_method_default() ? " (default)" : "");
	} else {
		/* a paragraph of cli/help/shared.txt */
		const char *text = cs_help_text("shared", name);
		if (!text)
			return 0;
		/* without its last newline: the line of the token ends it */
		size_t n = strlen(text);
		fwrite(text, 1, n && text[n - 1] == '\n' ? n - 1 : n, out);
	}
	return 1;
}

void cs_help_print(FILE *out, const struct cs_command *cmd, const char *text)
{
	for (const char *p = text; p && *p;) {
		const char *at = strchr(p, '@');
		size_t len = at ? strspn(at + 1, "abcdefghijklmnopqrstuvwxyz_") : 0;
		if (!at || at[1 + len] != '@' || len == 0 || len > 40) {
			size_t n = at ? (size_t)(at - p) + 1 : strlen(p);
			fwrite(p, 1, n, out);
			p += n;
			continue;
		}
		fwrite(p, 1, (size_t)(at - p), out);
		char name[48];
		memcpy(name, at + 1, len);
		name[len] = '\0';
		if (!shared_part(out, cmd, name) && !(cmd->help_part && cmd->help_part(out, name)))
			fwrite(at, 1, len + 2, out);
		p = at + len + 2;
	}
}

void cs_command_help(const struct cs_command *cmd, FILE *out)
{
	cs_help_print(out, cmd, cs_help_text(cmd->name, "usage"));
	cs_help_print(out, cmd, cs_help_text(cmd->name, "about"));
	fputs("\nOptions:\n", out);
	cs_opts_print(out, cmd->options);
	const char *more = cs_help_text(cmd->name, "more"), *ex = cs_help_text(cmd->name, "examples"),
		   *exit_status = cs_help_text(cmd->name, "exit");
	if (more) {
		fputc('\n', out);
		cs_help_print(out, cmd, more);
	}
	if (ex) {
		fprintf(out, "\nExample%s:\n", strchr(ex, '\n') == strrchr(ex, '\n') ? "" : "s");
		cs_help_print(out, cmd, ex);
	}
	fprintf(out, "\nExit status: %s", exit_status ? exit_status
			: "0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n");
	fputs("Full documentation: man casestat\n", out);
}
