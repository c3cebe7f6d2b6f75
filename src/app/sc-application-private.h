/* sc-application-private.h - what the files of ScApplication share
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sc-application.c calls into the other files; they never call back into
 * it, nor into each other except the notices, which call no one. The
 * learner, the sessions and the search index follow the context: the
 * application connects to its notify signals and calls the learner and
 * index files from there; the database file calls them too, once a
 * database checked after a crash is known to be sound. They call no one
 * but the notices.
 */
#pragma once

#include "sc-application.h"
#include "sc-screenshot.h"

G_BEGIN_DECLS

struct _ScApplication
{
  AdwApplication       parent_instance;

  char                *data_dir;       /* --data-dir, or NULL */
  char                *course_option;  /* --course, or NULL */
  char                *learner_option; /* --learner, or NULL */
  char                *database_dir;   /* where the database was last opened */
  ScContext           *context;
  GSettings           *settings;
  GError              *database_error;
  ScScreenshotRequest *screenshot;
  GtkWindow           *preferences_window;
  GThread             *icon_theme_thread; /* loads the icon theme at start-up */
  GtkCssProvider      *font_provider;  /* sc-application-font.c */

  /* sc-application-database.c: the check, the recovery and the restore
   * of the database in use; cancelled when another one is opened. */
  GCancellable        *database_cancellable;
  guint                database_unchecked : 1;  /* keep the mark at exit */
  guint                database_checking : 1;   /* no writes until the check ends */

  /* sc-application-course.c */
  GCancellable        *course_cancellable;
  char                *course_dir;     /* the folder last loaded or tried */
  gpointer             course_load;    /* the read under way (its task owns it) */

  /* sc-application-notices.c: what waits for the first main window */
  GPtrArray           *pending_notices;
  guint                flush_notices_id;

  /* sc-application-learner.c */
  AdwToast            *welcome_toast;  /* weak: while shown or waiting */
  gint64               welcome_added;  /* monotonic µs */
  guint                welcome_shown : 1;

  /* sc-application-index.c */
  guint                index_idle_id;
  gulong               index_paint_id;
  GdkFrameClock       *index_clock;    /* weak: the clock waited on */
  guint                first_frame_done : 1;
};

/* sc-application-database.c */
void       sc_application_open_database        (ScApplication *self,
                                                const char    *dir);
void       sc_application_finish_database      (ScApplication *self,
                                                gboolean       backup);

/* sc-application-course.c */
char      *sc_application_get_course_checks_path (ScApplication *self);
char      *sc_application_get_search_store_path  (ScApplication *self);
void       sc_application_load_course          (ScApplication *self);
void       sc_application_cancel_course        (ScApplication *self);
void       sc_application_take_read_course     (ScApplication *self);

/* sc-application-learner.c */
void       sc_application_choose_learner       (ScApplication *self);
void       sc_application_learner_changed      (ScApplication *self);
void       sc_application_recover_sessions     (ScApplication *self);

/* sc-application-index.c */
void       sc_application_update_search_index  (ScApplication *self);
void       sc_application_watch_first_frame    (ScApplication *self,
                                                GtkWindow     *window);
void       sc_application_cancel_search_index  (ScApplication *self);

/* sc-application-notices.c */
void       sc_application_notices_init         (ScApplication *self);
void       sc_application_notices_clear        (ScApplication *self);
GtkWindow *sc_application_get_main_window      (ScApplication *self);
void       sc_application_add_toast            (ScApplication *self,
                                                const char    *title,
                                                const char    *details_heading,
                                                const char    *details);
void       sc_application_present_dialog       (ScApplication *self,
                                                GtkWindow     *dialog);
void       sc_application_add_notice_toast     (ScApplication *self,
                                                AdwToast      *toast);

/* sc-application-font.c */
void       sc_application_name_font_family     (ScApplication *self);

G_END_DECLS
