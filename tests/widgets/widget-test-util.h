/* widget-test-util.h - a started application, waits and finders for the widget tests
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sc-application.h"
#include "sc-course-tree.h"
#include "sc-learn-panel.h"
#include "sc-lesson-page.h"
#include "sc-panel.h"
#include "sc-rich-text-view.h"
#include "sc-window.h"

G_BEGIN_DECLS

typedef gboolean (*ScTestCondition) (gpointer data);

gboolean       sc_test_init           (int              *argc,
                                       char           ***argv);
ScApplication *sc_test_app_new        (const char       *data_dir);
int            sc_test_run_with_app   (ScApplication   **app);
ScWindow      *sc_test_window_new     (ScApplication    *app,
                                       int               width,
                                       int               height);
void           sc_test_wait_until     (ScTestCondition   condition,
                                       gpointer          data,
                                       const char       *what);
void           sc_test_wait_ready     (ScWindow         *window);
void           sc_test_close_window   (GtkWindow        *window);
void           sc_test_wait_toasts_still (void);
GtkWidget     *sc_test_find_widget    (GtkWidget        *root,
                                       GType             type,
                                       const char       *name);
gboolean       sc_test_has_label_containing (GtkWidget  *root,
                                             const char *text);
GPtrArray     *sc_test_find_widgets   (GtkWidget        *root,
                                       GType             type);
char          *sc_test_make_tmp_dir   (void);
char          *sc_test_spawn_output   (const char * const *argv,
                                       char             **envp);
void           sc_test_remove_tree    (const char       *path);
void           sc_test_settle         (GtkWidget        *widget,
                                       guint             frames);
gboolean       sc_test_is_null        (gpointer          data);
void           sc_test_respond        (GtkWidget        *dialog,
                                       const char       *response);
GtkWidget     *sc_test_find_dialog    (const char       *heading);
ScPanel       *sc_test_show_section   (ScWindow         *window,
                                       const char       *section);
ScPanel       *sc_test_practice_window (ScApplication   *app,
                                        const char      *learner_name,
                                        const char      *section,
                                        const char      *scenario,
                                        const char      *lesson,
                                        ScWindow       **out_window,
                                        ScLearner      **out_learner);
gboolean       sc_test_have_xdotool   (void);
void           sc_test_xdotool        (GtkWidget        *window,
                                       const char       *first,
                                       ...) G_GNUC_NULL_TERMINATED;

/* Rich text on its own: a course from the source tree, a view in a window */
ScCourse      *sc_test_load_course    (const char       *relative);
ScLesson      *sc_test_get_lesson     (ScCourse         *course,
                                       const char       *lesson_id);
GtkWindow     *sc_test_show_view      (ScApplication    *app,
                                       ScRichTextView   *view,
                                       int               width,
                                       int               height,
                                       gboolean          clamp);
GPtrArray     *sc_test_find_named     (GtkWidget        *root,
                                       const char       *name);

/* The Learn section of a window of @app, with the built-in course */
ScCourse      *sc_test_wait_course    (ScApplication    *app);
ScLearner     *sc_test_new_learner    (ScApplication    *app,
                                       const char       *name);
ScWindow      *sc_test_reader_window  (ScApplication    *app,
                                       int               width,
                                       int               height);
ScLearnPanel  *sc_test_learn_panel    (ScWindow         *window);
ScLessonPage  *sc_test_lesson_page    (ScLearnPanel     *panel);
ScCourseTree  *sc_test_course_tree    (ScLearnPanel     *panel);
GtkWidget     *sc_test_page_widget    (ScLearnPanel     *panel,
                                       const char       *name);
void           sc_test_pick_in_tree   (ScLearnPanel     *panel,
                                       const char       *lesson_id);

G_END_DECLS
