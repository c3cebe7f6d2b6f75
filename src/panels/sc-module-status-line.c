/* sc-module-status-line.c - a module's status in the course tree: an icon and a few words
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under a module's title in the course tree: "Mastered", or the best
 * score of the module quiz beside its pass mark, or "In progress" while
 * there is evidence but no score. A module not started shows nothing.
 * The icon's shape differs between the states, not only its colour.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "sc-module-status-line.h"

/**
 * sc_module_status_line_describe:
 * @best_score: the best scaled score of the module quiz, below 0 if none
 * @pass_fraction: the quiz's pass mark, 0 … 1; 0 or less for the default
 *
 * Returns: (transfer full) (nullable): the status in words, %NULL for a
 *   module not started
 */
char *
sc_module_status_line_describe (ScModuleState state,
                                double        best_score,
                                double        pass_fraction)
{
  if (pass_fraction <= 0)
    pass_fraction = SC_MODULE_DEFAULT_THRESHOLD;

  switch (state)
    {
    case SC_MODULE_MASTERED:
      return g_strdup (_("Mastered"));

    case SC_MODULE_IN_PROGRESS:
      if (best_score >= 0)
        /* Translators: a module's status: the best score of its quiz, then
         * the pass mark: "Quiz best 60 % — pass with 80 %" */
        return g_strdup_printf (_("Quiz best %.0f %% — pass with %.0f %%"),
                                floor (best_score * 100 + 0.5), pass_fraction * 100);
      return g_strdup (_("In progress"));

    case SC_MODULE_NOT_STARTED:
    default:
      return NULL;
    }
}

/**
 * sc_module_status_line_new:
 * @text: from sc_module_status_line_describe()
 *
 * Returns: (transfer floating): the icon and @text on one line; the icon
 *   is presentation only, @text says it all
 */
GtkWidget *
sc_module_status_line_new (ScModuleState  state,
                           const char    *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   "icon-name", state == SC_MODULE_MASTERED
                                                ? "shopcraft-lesson-done-symbolic"
                                                : "shopcraft-lesson-in-progress-symbolic",
                                   NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (box, "sc-module-status");
  gtk_widget_add_css_class (box, state == SC_MODULE_MASTERED
                                 ? "sc-module-mastered" : "sc-module-in-progress");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "sc-module-status-text");

  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}
