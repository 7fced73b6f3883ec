/* keyfile.h - the secret key of casestat pseudonymize, kept in a file.
 *
 * A key file's whole content, byte for byte, is the key: keygen writes
 * CS_KEYGEN_BYTES bytes from the kernel's random source (getrandom(2)),
 * and any file of CS_PSEUDONYM_KEY_MIN to CS_KEY_MAX bytes is accepted.  A
 * key file must be a regular file (or a pipe, as from a password manager
 * through <(...)), and a regular file must not be open to other users in
 * any way (mode bits 077): as ssh does for private keys, casestat refuses
 * it rather than warn.  Key bytes never appear in a message. */
#ifndef CS_KEYFILE_H
#define CS_KEYFILE_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"

#define CS_KEY_MAX 4096        /* a longer file is probably not a key */
#define CS_KEYGEN_BYTES 32     /* 256 bits, the size of SHA-256's output */

struct cs_key {
	uint8_t bytes[CS_KEY_MAX];
	size_t len;
};

/* Read the key in path.  Returns 0, or CS_EXIT_ENV with err filled (cannot
 * read, not a regular file or pipe, open to others, shorter than
 * CS_PSEUDONYM_KEY_MIN or longer than CS_KEY_MAX bytes). */
int cs_key_read(const char *path, struct cs_key *k, struct cs_err *err);

/* Write a new key of nbytes random bytes to path with mode 0600; never
 * replaces an existing file (or follows a symbolic link).  SIGINT and
 * SIGTERM wait until the file is complete or removed.  Returns 0, or
 * CS_EXIT_ENV with err filled. */
int cs_key_generate(const char *path, size_t nbytes, struct cs_err *err);

/* Overwrite the key with zeros. */
void cs_key_wipe(struct cs_key *k);

#endif
