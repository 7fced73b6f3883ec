/* cite.h - the published reference of a method, by command and method
 * name, for reports.  Reads the commands' method tables. */
#ifndef CS_CITE_H
#define CS_CITE_H

/* "Wilson (1927)" for ("prop", "wilson"); NULL if unknown. */
const char *cs_cite(const char *command, const char *method);

#endif
