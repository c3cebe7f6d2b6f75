/* sc-error.h - the error domain for failures a user can act on
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SC_ERROR (sc_error_quark ())

typedef enum
{
  SC_ERROR_FAILED,
  SC_ERROR_IO,            /* a folder or file cannot be read or written */
  SC_ERROR_LOCKED,        /* another program holds the database */
  SC_ERROR_CORRUPT,       /* the file is damaged or not a database */
  SC_ERROR_FOREIGN,       /* a database, but not Shopcraft's */
  SC_ERROR_TOO_NEW,       /* written by a newer Shopcraft */
  SC_ERROR_FULL,          /* the disk or the database is full */
  SC_ERROR_INVALID_INPUT, /* a file whose content is wrong */
  SC_ERROR_CONFLICT,      /* the data changed since the step was planned */
} ScError;

GQuark sc_error_quark (void);

G_END_DECLS
