/* sc-application.h - the application: command line, settings, windows
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_APPLICATION (sc_application_get_type ())

G_DECLARE_FINAL_TYPE (ScApplication, sc_application, SC, APPLICATION, AdwApplication)

void           sc_application_skip_gtk_theme     (void);
ScApplication *sc_application_new                (void);
ScContext     *sc_application_get_context        (ScApplication *self);
const GError  *sc_application_get_database_error (ScApplication *self);
void           sc_application_set_data_dir       (ScApplication *self,
                                                  const char    *data_dir);
void           sc_application_set_course_dir     (ScApplication *self,
                                                  const char    *course_dir);
gboolean       sc_application_get_course_read    (ScApplication *self);

G_END_DECLS
