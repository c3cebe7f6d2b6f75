/* sc-lint-checklist.c - a product's lint findings as a checklist, with its quality score
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The score out of 100 as a level bar and in words, then the findings
 * grouped by severity (Errors, Warnings, Suggestions), each group with an
 * icon and its name, each finding a row with its message and the rule's
 * one-line reason. Rows are activatable by keyboard and pointer and emit
 * ::finding-activated with the finding's field, variant and image.
 *
 * Fed on every keystroke: when the findings are the same rules at the
 * same places as before, only the messages that changed (a count in
 * "Title is 152 characters") are set again; rows are rebuilt only when
 * the set of findings changes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-lint-checklist.h"

#define N_SEVERITIES 3

typedef struct
{
  const ScLintRule *rule;
  int               variant;
  int               image;
  char             *message;
  GtkWidget        *row;
  GtkWidget        *message_label;
} Entry;

typedef struct
{
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *list;
} Group;

struct _ScLintChecklist
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *clean;
  GtkWidget *level;
  GtkWidget *score_label;
  Group      groups[N_SEVERITIES];

  GPtrArray *entries;   /* (element-type Entry): in the findings' order */
  guint      score;
};

G_DEFINE_FINAL_TYPE (ScLintChecklist, sc_lint_checklist, GTK_TYPE_WIDGET)

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *icon;
  const char *css_class;
} severity_looks[N_SEVERITIES] = {
  [SC_LINT_SEVERITY_ERROR] = { "dialog-error-symbolic", "error" },
  [SC_LINT_SEVERITY_WARNING] = { "dialog-warning-symbolic", "warning" },
  [SC_LINT_SEVERITY_SUGGESTION] = { "dialog-information-symbolic", "accent" },
};

static const char *
severity_name (ScLintSeverity severity)
{
  switch (severity)
    {
    case SC_LINT_SEVERITY_ERROR:
      return _("Error");
    case SC_LINT_SEVERITY_WARNING:
      return _("Warning");
    case SC_LINT_SEVERITY_SUGGESTION:
    default:
      return _("Suggestion");
    }
}

static char *
group_title (ScLintSeverity severity,
             guint          count)
{
  switch (severity)
    {
    case SC_LINT_SEVERITY_ERROR:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", count),
                              count);
    case SC_LINT_SEVERITY_WARNING:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", count),
                              count);
    case SC_LINT_SEVERITY_SUGGESTION:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion", "%u suggestions",
                                           count), count);
    }
}

static void
entry_free (Entry *entry)
{
  g_free (entry->message);
  g_free (entry);
}

static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

static void
label_row (Entry *entry)
{
  /* TRANSLATORS: a finding read out: "Error: Title is 160 characters… Marketplaces cut…" */
  g_autofree char *name = g_strdup_printf (_("%s: %s. %s"), severity_name (entry->rule->severity),
                                           entry->message, sc_lint_rule_get_why (entry->rule));

  gtk_accessible_update_property (GTK_ACCESSIBLE (entry->row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_icon (ScLintSeverity severity)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_looks[severity].icon);

  gtk_widget_add_css_class (icon, severity_looks[severity].css_class);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  /* The group's heading and the row's name say the severity in words. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return icon;
}

static Entry *
add_row (ScLintChecklist     *self,
         const ScLintFinding *finding)
{
  Entry *entry = g_new0 (Entry, 1);
  ScLintSeverity severity = finding->rule->severity;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  entry->rule = finding->rule;
  entry->variant = finding->variant;
  entry->image = finding->image;
  entry->message = g_strdup (finding->message);
  entry->message_label = new_label (finding->message, NULL);

  gtk_box_append (GTK_BOX (text), entry->message_label);
  gtk_box_append (GTK_BOX (text), new_label (sc_lint_rule_get_why (finding->rule), "dim-label"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (text), "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (content), new_icon (severity));
  gtk_box_append (GTK_BOX (content), text);
  gtk_widget_add_css_class (content, "sc-lint-row");

  entry->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (entry->row), content);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (entry->row), TRUE);
  gtk_widget_set_name (entry->row, finding->rule->id);
  g_object_set_data (G_OBJECT (entry->row), "sc-lint-entry", entry);
  label_row (entry);
  gtk_list_box_append (GTK_LIST_BOX (self->groups[severity].list), entry->row);

  return entry;
}

static gboolean
same_places (ScLintChecklist *self,
             GPtrArray       *findings)
{
  if (findings->len != self->entries->len)
    return FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);
      const Entry *entry = g_ptr_array_index (self->entries, i);

      if (finding->rule != entry->rule || finding->variant != entry->variant ||
          finding->image != entry->image)
        return FALSE;
    }

  return TRUE;
}

static void
update_messages (ScLintChecklist *self,
                 GPtrArray       *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);
      Entry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (entry->message, finding->message) == 0)
        continue;
      g_free (entry->message);
      entry->message = g_strdup (finding->message);
      set_text (entry->message_label, entry->message);
      label_row (entry);
    }
}

static void
rebuild (ScLintChecklist *self,
         GPtrArray       *findings)
{
  guint counts[N_SEVERITIES] = { 0, };

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->entries, i);

      gtk_list_box_remove (GTK_LIST_BOX (self->groups[entry->rule->severity].list), entry->row);
    }
  g_ptr_array_set_size (self->entries, 0);

  for (guint i = 0; i < findings->len; i++)
    {
      const ScLintFinding *finding = g_ptr_array_index (findings, i);

      g_ptr_array_add (self->entries, add_row (self, finding));
      counts[finding->rule->severity]++;
    }

  for (guint s = 0; s < N_SEVERITIES; s++)
    {
      g_autofree char *title = group_title (s, counts[s]);

      set_text (self->groups[s].heading, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->groups[s].list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_widget_set_visible (self->groups[s].box, counts[s] > 0);
    }
  gtk_widget_set_visible (self->clean, findings->len == 0);
}

static void
update_score (ScLintChecklist *self,
              guint            score)
{
  g_autofree char *text = NULL;

  if (score == self->score && gtk_label_get_label (GTK_LABEL (self->score_label))[0] != '\0')
    return;

  /* TRANSLATORS: the listing's quality score */
  text = g_strdup_printf (_("Quality %u / 100"), score);
  self->score = score;
  set_text (self->score_label, text);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->level), score);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->level), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);

  gtk_widget_remove_css_class (self->score_label, "success");
  gtk_widget_remove_css_class (self->score_label, "warning");
  gtk_widget_remove_css_class (self->score_label, "error");
  gtk_widget_add_css_class (self->score_label,
                            score >= 80 ? "success" : score >= 50 ? "warning" : "error");
}

/**
 * sc_lint_checklist_set_findings:
 * @findings: (element-type ScLintFinding): one product's findings, in rule order
 */
void
sc_lint_checklist_set_findings (ScLintChecklist *self,
                                GPtrArray       *findings)
{
  g_return_if_fail (SC_IS_LINT_CHECKLIST (self));
  g_return_if_fail (findings != NULL);

  if (same_places (self, findings))
    update_messages (self, findings);
  else
    rebuild (self, findings);

  update_score (self, sc_lint_score (findings));
}

guint
sc_lint_checklist_get_score (ScLintChecklist *self)
{
  g_return_val_if_fail (SC_IS_LINT_CHECKLIST (self), 0);

  return self->score;
}

const char *
sc_lint_checklist_get_summary (ScLintChecklist *self)
{
  g_return_val_if_fail (SC_IS_LINT_CHECKLIST (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->score_label));
}

/**
 * sc_lint_checklist_get_rows:
 *
 * Returns: (transfer container) (element-type GtkListBoxRow): the finding
 *   rows, in the findings' order; each is named after its rule's id
 */
GPtrArray *
sc_lint_checklist_get_rows (ScLintChecklist *self)
{
  GPtrArray *rows = g_ptr_array_new ();

  g_return_val_if_fail (SC_IS_LINT_CHECKLIST (self), rows);

  for (guint i = 0; i < self->entries->len; i++)
    g_ptr_array_add (rows, ((Entry *) g_ptr_array_index (self->entries, i))->row);

  return rows;
}

static void
row_activated_cb (ScLintChecklist *self,
                  GtkListBoxRow   *row)
{
  const Entry *entry = g_object_get_data (G_OBJECT (row), "sc-lint-entry");

  g_return_if_fail (entry != NULL);

  g_signal_emit (self, signals[FINDING_ACTIVATED], 0, entry->rule->field, entry->variant,
                 entry->image);
}

static void
build_group (ScLintChecklist *self,
             ScLintSeverity   severity)
{
  Group *group = &self->groups[severity];
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  group->heading = new_label (NULL, "heading");
  gtk_box_append (GTK_BOX (heading), new_icon (severity));
  gtk_box_append (GTK_BOX (heading), group->heading);

  group->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (group->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (group->list, "boxed-list");
  g_signal_connect_object (group->list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);

  group->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (group->box), heading);
  gtk_box_append (GTK_BOX (group->box), group->list);
  gtk_widget_set_visible (group->box, FALSE);
  gtk_box_append (GTK_BOX (self->box), group->box);
}

static void
sc_lint_checklist_dispose (GObject *object)
{
  ScLintChecklist *self = SC_LINT_CHECKLIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_lint_checklist_parent_class)->dispose (object);
}

static void
sc_lint_checklist_class_init (ScLintChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_lint_checklist_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sc-lint-checklist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  /**
   * ScLintChecklist::finding-activated:
   * @field: the field the finding's rule points at
   * @variant: the 0-based variant, or -1
   * @image: the 0-based image, or -1
   */
  signals[FINDING_ACTIVATED] = g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT);
}

static void
sc_lint_checklist_init (ScLintChecklist *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
  GtkWidget *clean_label = new_label (_("No problems found"), NULL);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->score_label = new_label (NULL, "heading");
  gtk_box_append (GTK_BOX (self->box), self->score_label);

  self->level = gtk_level_bar_new_for_interval (0, SC_LINT_SCORE_MAX);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_LOW, 49);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_HIGH, 79);
  gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (self->level), GTK_LEVEL_BAR_OFFSET_FULL,
                                  SC_LINT_SCORE_MAX);
  gtk_box_append (GTK_BOX (self->box), self->level);

  self->clean = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (icon, "success");
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (self->clean), icon);
  gtk_box_append (GTK_BOX (self->clean), clean_label);
  gtk_box_append (GTK_BOX (self->box), self->clean);

  for (guint s = 0; s < N_SEVERITIES; s++)
    build_group (self, s);

  update_score (self, SC_LINT_SCORE_MAX);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Listing quality checklist"), -1);
}

GtkWidget *
sc_lint_checklist_new (void)
{
  return g_object_new (SC_TYPE_LINT_CHECKLIST, NULL);
}
