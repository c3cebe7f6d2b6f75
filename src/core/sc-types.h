/* sc-types.h - forward declarations shared by every floor
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ScContext  ScContext;
typedef struct _ScCourse   ScCourse;
typedef struct _ScDatabase ScDatabase;

G_END_DECLS
