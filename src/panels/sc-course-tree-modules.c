/* sc-course-tree-modules.c - ScCourseTree's headings: domains, modules, their objectives and status
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Domain and module titles are the rows' headers, so arrow keys move
 * from lesson to lesson and never stop on a title. A module's header
 * lists its objectives: what the learner will be able to do, which is
 * the reason to open its lessons. A module's status (mastered, in
 * progress, not started) is shown under its title and read with it; the
 * Learn panel decides it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-course-tree-private.h"
#include "sc-module-status-line.h"

static guint
module_done (ScCourseTree *self,
             ScModule     *module)
{
  guint done = 0;

  for (guint i = 0; i < module->lessons->len; i++)
    {
      ScLesson *lesson = g_ptr_array_index (module->lessons, i);

      done += sc_course_tree_get_lesson_state (self, lesson->id) == SC_LESSON_DONE;
    }

  return done;
}

static GtkWidget *
heading (const char *text,
         int         level,
         const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "max-width-chars", 28,
                                   "xalign", 0.0f,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* Domain and module titles head the first lesson row of each module. */
void
sc_course_tree_header_func (GtkListBoxRow *row,
                            GtkListBoxRow *before,
                            gpointer       user_data)
{
  ScCourseTree *self = user_data;
  ScDomain *domain = g_object_get_data (G_OBJECT (row), "sc-domain");
  ScModule *module = g_object_get_data (G_OBJECT (row), "sc-module");
  ScDomain *before_domain = NULL;
  ScModule *before_module = NULL;
  g_autofree char *progress_text = NULL;
  g_autofree char *status_text = NULL;
  ScTreeModuleState *status;
  GtkWidget *box;
  GtkWidget *title;
  GtkWidget *progress;
  GtkWidget *objectives;

  if (before != NULL)
    {
      before_domain = g_object_get_data (G_OBJECT (before), "sc-domain");
      before_module = g_object_get_data (G_OBJECT (before), "sc-module");
    }

  if (module == before_module)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "sc-tree-header");
  if (before == NULL)
    gtk_widget_add_css_class (box, "sc-tree-header-first");

  if (domain != before_domain)
    gtk_box_append (GTK_BOX (box), heading (domain->title, 2, "sc-tree-domain"));

  title = heading (module->title, 3, "sc-tree-module");
  gtk_box_append (GTK_BOX (box), title);

  status = g_hash_table_lookup (self->modules, module->id);
  if (status != NULL)
    {
      const ScAttemptQuiz *quiz = module->assessment != NULL
                                  ? sc_course_lookup_quiz (self->course, module->assessment)
                                  : NULL;

      status_text = sc_module_status_line_describe (status->state, status->best_score,
                                                    quiz != NULL ? quiz->pass_fraction : 0);
    }
  if (status_text != NULL)
    {
      g_autofree char *label = NULL;

      /* Translators: a module heading's accessible name: its title, then
       * its status ("Listing essentials, Mastered") */
      label = g_strdup_printf (_("%s, %s"), module->title, status_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (title), "sc-accessible-label",
                              g_steal_pointer (&label), g_free);
      gtk_box_append (GTK_BOX (box), sc_module_status_line_new (status->state, status_text));
    }

  /* Translators: how many of a module's lessons are done: "1 of 2 lessons done". */
  progress_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u lesson done",
                                                "%u of %u lessons done", module->lessons->len),
                                   module_done (self, module), module->lessons->len);
  progress = gtk_label_new (progress_text);
  gtk_label_set_xalign (GTK_LABEL (progress), 0.0f);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "caption");
  gtk_box_append (GTK_BOX (box), progress);

  /* Objectives of the module being read, or of every module while the
   * learner looks over the course: the list stays short enough to scan. */
  if (self->current_module != NULL && self->current_module != module)
    {
      gtk_list_box_row_set_header (row, box);
      return;
    }

  objectives = g_object_new (GTK_TYPE_BOX,
                             "orientation", GTK_ORIENTATION_VERTICAL,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                             NULL);
  gtk_widget_add_css_class (objectives, "sc-tree-objectives");
  gtk_accessible_update_property (GTK_ACCESSIBLE (objectives),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Objectives"),
                                  -1);
  for (guint i = 0; module->objectives != NULL && i < module->objectives->len; i++)
    {
      ScObjective *objective = g_ptr_array_index (module->objectives, i);
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                       "label", objective->text,
                                       "wrap", TRUE,
                                       "max-width-chars", 32,
                                       "xalign", 0.0f,
                                       NULL);

      gtk_widget_add_css_class (label, "sc-tree-objective");
      gtk_box_append (GTK_BOX (objectives), label);
    }
  gtk_box_append (GTK_BOX (box), objectives);

  gtk_list_box_row_set_header (row, box);
}

/**
 * sc_course_tree_set_module_state:
 * @best_score: the best scaled score of the module quiz, below 0 if none
 *
 * Shows the learner's status in @module_id under its title: "Mastered",
 * the quiz's best score beside its pass mark, or nothing when not started.
 */
void
sc_course_tree_set_module_state (ScCourseTree  *self,
                                 const char    *module_id,
                                 ScModuleState  state,
                                 double         best_score)
{
  ScTreeModuleState *status;

  g_return_if_fail (SC_IS_COURSE_TREE (self));
  g_return_if_fail (module_id != NULL);

  status = g_hash_table_lookup (self->modules, module_id);
  if (state == SC_MODULE_NOT_STARTED)
    {
      if (!g_hash_table_remove (self->modules, module_id))
        return;
    }
  else if (status != NULL && status->state == state && status->best_score == best_score)
    return;
  else
    {
      status = g_new0 (ScTreeModuleState, 1);
      status->state = state;
      status->best_score = best_score;
      g_hash_table_insert (self->modules, g_strdup (module_id), status);
    }

  gtk_list_box_invalidate_headers (self->list_box);
}

/**
 * sc_course_tree_get_module_state:
 *
 * Returns: the status shown for @module_id
 */
ScModuleState
sc_course_tree_get_module_state (ScCourseTree *self,
                                 const char   *module_id)
{
  ScTreeModuleState *status;

  g_return_val_if_fail (SC_IS_COURSE_TREE (self), SC_MODULE_NOT_STARTED);
  g_return_val_if_fail (module_id != NULL, SC_MODULE_NOT_STARTED);

  status = g_hash_table_lookup (self->modules, module_id);

  return status != NULL ? status->state : SC_MODULE_NOT_STARTED;
}

