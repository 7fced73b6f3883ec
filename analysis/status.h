/* status.h - status codes returned by every function in analysis/.
 *
 * analysis/ never prints or exits: a function returns one of these and
 * writes its results through out-parameters; cli/ turns a status into a
 * message and an exit code. */
#ifndef CS_STATUS_H
#define CS_STATUS_H

enum cs_status {
	CS_OK = 0,      /* success */
	CS_EDOM,        /* an argument is outside its domain (x > n, conf >= 1, ...) */
	CS_ENOCONV,     /* a numerical method did not converge */
	CS_ENOMEM,      /* out of memory */
	CS_EUNDEF,      /* the quantity is undefined for these data (reported, not invented) */
	CS_ERANGE       /* a result or an intermediate sum does not fit */
};

/* A short lower-case description of a status, for messages. Never NULL. */
const char *cs_strerror(int status);

#endif
