/* status.c - descriptions of status codes. */
#include "status.h"

const char *cs_strerror(int status)
{
	switch (status) {
	case CS_OK: return "success";
	case CS_EDOM: return "argument out of range";
	case CS_ENOCONV: return "numerical method did not converge";
	case CS_ENOMEM: return "out of memory";
	case CS_EUNDEF: return "undefined for these data";
	case CS_ERANGE: return "value out of range";
	}
	return "unknown error";
}
