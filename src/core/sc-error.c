/* sc-error.c - the error domain for failures a user can act on
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sc-error.h"

G_DEFINE_QUARK (sc-error-quark, sc_error)
