/* driver.h - the one driver that runs every command (see command.h for
 * the life of a command). */
#ifndef CS_DRIVER_H
#define CS_DRIVER_H

#include <stdio.h>
#include "cli/core/diag.h"
#include "cli/core/result.h"
#include "cli/frame/command.h"

/* Run cmd with argv (argv[0] is its name): help, options, and then its
 * analysis written as --format and --output say (and --plot), or its .run.
 * Returns an exit code; err describes a non-zero one. */
int cs_command_main(const struct cs_command *cmd, int argc, char **argv, struct cs_err *err);

/* The steps, for `run`, which builds its jobs from recipes. */
/* Make a job: the command's options with their defaults; common must be
 * initialised (cs_common_init).  Returns 0 or CS_EXIT_ENV. */
int cs_job_init(struct cs_job *job, const struct cs_command *cmd, struct cs_common *common, struct cs_err *err);
void cs_job_free(struct cs_job *job);
/* After the options are set: the command's plan (usage checks, form). */
int cs_job_plan(struct cs_job *job, struct cs_err *err);
/* Read (data form), compute and finish the result: suppressed, and with
 * explain, explained.  res need not be initialised; free it with
 * cs_result_free() whatever this returns. */
int cs_job_result(struct cs_job *job, struct cs_result *res, int explain, struct cs_err *err);

#endif
