/* main.c - the executable's only file
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-application.h"
#include "sc-course-reader.h"
#include "sc-startup-trace.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScApplication) app = NULL;

  sc_startup_trace ("main");

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* libxml2 and the schema's datatypes are set up once, here, before any
   * worker thread could parse a course. */
  sc_course_reader_init ();
  sc_application_skip_gtk_theme ();

  app = sc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
