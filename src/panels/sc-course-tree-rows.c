/* sc-course-tree-rows.c - ScCourseTree's rows: one a lesson, one a module quiz, and their state
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lesson's state (not started, in progress, done) is shown by an icon
 * whose shape differs, not only its colour, and is part of the row's
 * accessible name. The tree only shows states; the Learn panel decides
 * them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-course-tree-private.h"
#include "sc-tooltip.h"
#include "sc-width-cap.h"

static const char * const state_icons[] = {
  [SC_LESSON_NOT_STARTED] = "shopcraft-lesson-not-started-symbolic",
  [SC_LESSON_IN_PROGRESS] = "shopcraft-lesson-in-progress-symbolic",
  [SC_LESSON_DONE] = "shopcraft-lesson-done-symbolic",
};

/**
 * sc_course_state_describe:
 *
 * Returns: the state in words, for people
 */
const char *
sc_course_state_describe (ScLessonState state)
{
  switch (state)
    {
    case SC_LESSON_IN_PROGRESS:
      return _("In progress");

    case SC_LESSON_DONE:
      return _("Done");

    case SC_LESSON_NOT_STARTED:
    default:
      return _("Not started");
    }
}

static char *
describe_minutes (guint minutes)
{
  /* Translators: a lesson's estimated time, short: "22 min". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u min", "%u min", minutes), minutes);
}

static void
update_row (ScCourseTree  *self,
            GtkWidget     *row,
            ScLessonState  state)
{
  ScLesson *lesson = g_object_get_data (G_OBJECT (row), "sc-lesson");
  GtkImage *image = g_object_get_data (G_OBJECT (row), "sc-state-image");
  g_autofree char *label = NULL;

  state = CLAMP (state, SC_LESSON_NOT_STARTED, SC_LESSON_DONE);
  gtk_image_set_from_icon_name (image, state_icons[state]);
  sc_tooltip_set_text (GTK_WIDGET (image), sc_course_state_describe (state));

  gtk_widget_remove_css_class (row, "sc-lesson-done");
  gtk_widget_remove_css_class (row, "sc-lesson-in-progress");
  if (state == SC_LESSON_DONE)
    gtk_widget_add_css_class (row, "sc-lesson-done");
  else if (state == SC_LESSON_IN_PROGRESS)
    gtk_widget_add_css_class (row, "sc-lesson-in-progress");

  /* Translators: a lesson row's accessible name: title, estimated
   * minutes, state ("Pricing for margin, 22 minutes, in progress"). */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u minute, %s", "%s, %u minutes, %s",
                                        lesson->minutes),
                           lesson->title, lesson->minutes, sc_course_state_describe (state));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* A row of the list: a state icon (@icon_name or set later) and a
 * wrapping title, aligned by its first line's baseline when @baseline;
 * the caller attaches the rest under or beside it. */
static GtkWidget *
row_new (const char  *id,
         const char  *css_class,
         const char  *icon_name,
         const char  *title_text,
         gboolean     baseline,
         ScDomain    *domain,
         ScModule    *module,
         GtkGrid    **grid,
         GtkWidget  **image,
         GtkWidget  **title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* A grid rather than a horizontal box: asked for its height at a
   * width, GTK 4.8's box searches for the width its wrapping title needs
   * and lays the title out dozens of times, which made the course tree
   * the costliest part of start-up; a grid sizes its columns once. */
  GtkWidget *box = gtk_grid_new ();

  *image = g_object_new (GTK_TYPE_IMAGE,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         "icon-name", icon_name,
                         "valign", GTK_ALIGN_START,
                         NULL);
  *title = gtk_label_new (title_text);

  gtk_grid_set_column_spacing (GTK_GRID (box), 10);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_name (row, id);
  gtk_widget_add_css_class (row, css_class);
  gtk_widget_add_css_class (*image, "sc-lesson-state");

  gtk_label_set_wrap (GTK_LABEL (*title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (*title), 24);
  gtk_label_set_xalign (GTK_LABEL (*title), 0.0f);
  gtk_widget_set_hexpand (*title, TRUE);
  gtk_widget_add_css_class (*title, "sc-lesson-row-title");

  gtk_grid_attach (GTK_GRID (box), *image, 0, 0, 1, 1);
  if (baseline)
    {
      /* Not the label itself: a wrapping label aligned other than to fill
       * is asked for its width at its height whenever it is allocated,
       * which GtkLabel answers with a binary search over widths, seven
       * more layouts of the title per row at every start. A ScWidthCap
       * takes the alignment, asks the label for its width without the
       * height, and passes its baseline on. */
      GtkWidget *cap = sc_width_cap_new ();

      sc_width_cap_set_child (SC_WIDTH_CAP (cap), *title);
      gtk_widget_set_hexpand (cap, TRUE);
      gtk_widget_set_valign (cap, GTK_ALIGN_BASELINE);
      gtk_grid_attach (GTK_GRID (box), cap, 1, 0, 1, 1);
    }
  else
    {
      gtk_grid_attach (GTK_GRID (box), *title, 1, 0, 1, 1);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "sc-domain", domain);
  g_object_set_data (G_OBJECT (row), "sc-module", module);

  *grid = GTK_GRID (box);

  return row;
}

static GtkWidget *
lesson_row_new (ScCourseTree *self,
                ScDomain     *domain,
                ScModule     *module,
                ScLesson     *lesson)
{
  g_autofree char *minutes_text = describe_minutes (lesson->minutes);
  GtkWidget *minutes = gtk_label_new (minutes_text);
  GtkWidget *image;
  GtkWidget *title;
  GtkGrid *grid;
  /* Title and minutes share the first line's baseline. */
  GtkWidget *row = row_new (lesson->id, "sc-lesson-row", NULL, lesson->title, TRUE, domain, module,
                            &grid, &image, &title);

  gtk_label_set_xalign (GTK_LABEL (minutes), 1.0f);
  gtk_widget_set_valign (minutes, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (minutes, "dim-label");
  gtk_widget_add_css_class (minutes, "caption");
  gtk_widget_add_css_class (minutes, "sc-lesson-row-minutes");
  gtk_grid_attach (grid, minutes, 2, 0, 1, 1);

  g_object_set_data (G_OBJECT (row), "sc-lesson", lesson);
  g_object_set_data (G_OBJECT (row), "sc-state-image", image);

  update_row (self, row, sc_course_tree_get_lesson_state (self, lesson->id));

  return row;
}

/* A module's closing quiz: the last row of its module, with the rule
 * that completes the module in words. */
static GtkWidget *
quiz_row_new (ScDomain            *domain,
              ScModule            *module,
              const ScAttemptQuiz *quiz)
{
  g_autofree char *rule_text = NULL;
  g_autofree char *label = NULL;
  GtkWidget *image;
  GtkWidget *title;
  GtkWidget *rule;
  GtkGrid *grid;
  /* Under its module's heading the row needs no more name than this; the
   * quiz's own title is in the accessible name. */
  GtkWidget *row = row_new (quiz->id, "sc-quiz-row", "document-edit-symbolic", _("Module quiz"),
                            FALSE, domain, module, &grid, &image, &title);

  const ScRichBlock *practice = module->assessment_practice != NULL
                                ? sc_module_find_practice (module, module->assessment_practice) : NULL;

  if (quiz->pass_fraction > 0 && practice != NULL)
    /* Translators: how a module is completed, with a practice's title:
     * "Pass with 80 % and meet the goals of “Clear the morning inbox” to complete the module" */
    rule_text = g_strdup_printf (_("Pass with %.0f %% and meet the goals of “%s” to complete the module"),
                                 quiz->pass_fraction * 100, practice->title);
  else if (quiz->pass_fraction > 0)
    /* Translators: how a module is completed: "Pass with 80 % to complete the module" */
    rule_text = g_strdup_printf (_("Pass with %.0f %% to complete the module"),
                                 quiz->pass_fraction * 100);
  else if (practice != NULL)
    rule_text = g_strdup_printf (_("Take it and meet the goals of “%s” to complete the module"),
                                 practice->title);
  else
    rule_text = g_strdup (_("Take it to complete the module"));
  rule = gtk_label_new (rule_text);

  gtk_label_set_wrap (GTK_LABEL (rule), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (rule), 28);
  gtk_label_set_xalign (GTK_LABEL (rule), 0.0f);
  gtk_widget_add_css_class (rule, "dim-label");
  gtk_widget_add_css_class (rule, "caption");
  gtk_grid_attach (grid, rule, 1, 1, 1, 1);

  /* Translators: a quiz row's accessible name: its title, then the rule */
  label = g_strdup_printf (_("%s, %s"), quiz->title != NULL ? quiz->title : _("Module quiz"),
                           rule_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  g_object_set_data_full (G_OBJECT (row), "sc-quiz-id", g_strdup (quiz->id), g_free);

  return row;
}

static void
update_summary (ScCourseTree *self)
{
  GPtrArray *lessons;
  guint minutes = 0;
  guint done = 0;
  g_autofree char *lessons_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *summary = NULL;

  if (self->course == NULL)
    return;

  lessons = sc_course_get_lessons (self->course);
  for (guint i = 0; i < lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (lessons, i);

      minutes += lesson->minutes;
      done += sc_course_tree_get_lesson_state (self, lesson->id) == SC_LESSON_DONE;
    }

  /* Translators: part of the course summary: "8 lessons". */
  lessons_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lesson", "%u lessons",
                                               lessons->len), lessons->len);
  if (minutes >= 60)
    /* Translators: the course's estimated time: "3 h 10 min". */
    time_text = g_strdup_printf (_("%u h %u min"), minutes / 60, minutes % 60);
  else
    time_text = describe_minutes (minutes);

  /* Translators: the course summary: "8 lessons · 3 h 10 min · 2 done". */
  summary = g_strdup_printf (_("%s · %s · %u done"), lessons_text, time_text, done);
  gtk_label_set_label (self->course_summary, summary);
  gtk_progress_bar_set_fraction (self->course_progress,
                                 lessons->len > 0 ? (double) done / lessons->len : 0.0);
}

/* Lesson rows built before the first frame: about what the first screen
 * shows of the tree (a module with its objectives is a third of a
 * 800-pixel window). */
#define FIRST_SCREEN_LESSONS 4

/* Appends the rows of the next module without rows: its lessons, then
 * its quiz. Returns the number of lesson rows, or -1 when every module
 * has its rows. */
static int
append_next_module (ScCourseTree *self)
{
  GPtrArray *domains = sc_course_get_domains (self->course);

  while (self->next_domain < domains->len)
    {
      ScDomain *domain = g_ptr_array_index (domains, self->next_domain);
      ScModule *module;

      if (self->next_module >= domain->modules->len)
        {
          self->next_domain++;
          self->next_module = 0;
          continue;
        }

      module = g_ptr_array_index (domain->modules, self->next_module++);
      for (guint l = 0; l < module->lessons->len; l++)
        {
          ScLesson *lesson = g_ptr_array_index (module->lessons, l);
          GtkWidget *row = lesson_row_new (self, domain, module, lesson);

          gtk_list_box_append (self->list_box, row);
          g_hash_table_insert (self->rows, g_strdup (lesson->id), row);
        }

      if (module->assessment != NULL && module->lessons->len > 0)
        {
          const ScAttemptQuiz *quiz = sc_course_lookup_quiz (self->course, module->assessment);

          if (quiz != NULL)
            gtk_list_box_append (self->list_box, quiz_row_new (domain, module, quiz));
        }

      return module->lessons->len;
    }

  return -1;
}

/**
 * sc_course_tree_get_complete:
 *
 * The tree builds the rows of its first screen with the course and the
 * rest once that screen is painted: laying out every lesson row and
 * every module's objectives took a fifth of the start-up. Whatever needs
 * a row builds the rest at once (sc_course_tree_get_row ()).
 *
 * Returns: whether every lesson and quiz of the course has its row
 */
gboolean
sc_course_tree_get_complete (ScCourseTree *self)
{
  g_return_val_if_fail (SC_IS_COURSE_TREE (self), FALSE);

  return self->course == NULL ||
         self->next_domain >= sc_course_get_domains (self->course)->len;
}

void
sc_course_tree_cancel_rest (ScCourseTree *self)
{
  if (self->rest_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->rest_tick_id);
  self->rest_tick_id = 0;
  g_clear_handle_id (&self->rest_idle_id, g_source_remove);
}

/* Builds the rows still missing, now. */
void
sc_course_tree_complete (ScCourseTree *self)
{
  sc_course_tree_cancel_rest (self);
  if (self->course == NULL)
    return;

  while (append_next_module (self) >= 0)
    ;
}

static gboolean
build_rest_cb (gpointer user_data)
{
  ScCourseTree *self = user_data;

  self->rest_idle_id = 0;
  sc_course_tree_complete (self);

  return G_SOURCE_REMOVE;
}

/* Runs in the update phase of the first frame that shows the tree; the
 * idle runs once that frame is painted, and before the next one is laid
 * out (GTK lays out and paints at GDK_PRIORITY_REDRAW). */
static gboolean
first_frame_tick_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  ScCourseTree *self = SC_COURSE_TREE (widget);

  self->rest_tick_id = 0;
  if (self->rest_idle_id == 0)
    self->rest_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, build_rest_cb, self, NULL);

  return G_SOURCE_REMOVE;
}

/* Has the rest of the rows built after the next frame that shows the
 * tree; called again when the tree is mapped. */
void
sc_course_tree_schedule_rest (ScCourseTree *self)
{
  if (sc_course_tree_get_complete (self) || self->rest_tick_id != 0 || self->rest_idle_id != 0)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->rest_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), first_frame_tick_cb,
                                                     NULL, NULL);
}

void
sc_course_tree_rebuild (ScCourseTree *self)
{
  GtkWidget *child;
  guint n_lessons = 0;
  int n;

  sc_course_tree_cancel_rest (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_hash_table_remove_all (self->rows);
  self->current_module = NULL;
  self->next_domain = 0;
  self->next_module = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->course_title), self->course != NULL);
  if (self->course == NULL)
    return;

  gtk_label_set_label (self->course_title, sc_course_get_title (self->course));

  while (n_lessons < FIRST_SCREEN_LESSONS && (n = append_next_module (self)) >= 0)
    n_lessons += n;
  sc_course_tree_schedule_rest (self);

  update_summary (self);
}

ScLessonState
sc_course_tree_get_lesson_state (ScCourseTree *self,
                                 const char   *lesson_id)
{
  g_return_val_if_fail (SC_IS_COURSE_TREE (self), SC_LESSON_NOT_STARTED);

  if (lesson_id == NULL)
    return SC_LESSON_NOT_STARTED;

  return GPOINTER_TO_INT (g_hash_table_lookup (self->states, lesson_id));
}

void
sc_course_tree_set_lesson_state (ScCourseTree  *self,
                                 const char    *lesson_id,
                                 ScLessonState  state)
{
  GtkWidget *row;

  g_return_if_fail (SC_IS_COURSE_TREE (self));
  g_return_if_fail (lesson_id != NULL);

  if (sc_course_tree_get_lesson_state (self, lesson_id) == state)
    return;

  g_hash_table_insert (self->states, g_strdup (lesson_id), GINT_TO_POINTER (state));

  row = g_hash_table_lookup (self->rows, lesson_id);
  if (row != NULL)
    update_row (self, row, state);

  /* The module headers count done lessons. */
  gtk_list_box_invalidate_headers (self->list_box);
  update_summary (self);
}

