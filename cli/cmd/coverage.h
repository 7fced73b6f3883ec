/* coverage.h - casestat coverage (coverage.c). */
#ifndef CS_CMD_COVERAGE_H
#define CS_CMD_COVERAGE_H

#include "cli/frame/command.h"

extern const struct cs_command cs_cmd_coverage;

#endif
