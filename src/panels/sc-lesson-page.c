/* sc-lesson-page.c - one lesson: its bar, its text in a measured column, its footer
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text column is clamped to the renderer's "column-width": 66
 * average characters of the body font, re-read from Pango whenever the
 * font, the text size or presentation mode changes, so lines stay within
 * 60-75 characters.
 *
 * Keyboard path: the bar above the text holds Previous, Next and Mark as
 * Done, so Tab from the top reaches them in three steps however long the
 * lesson is. Text labels are not Tab stops; the text as a whole is one
 * (it scrolls with the arrow keys, Page Up/Down, Home and End), then each
 * link and control in it, then the practice card's Try the Questions
 * (when the lesson names a practice quiz), then the footer's Mark as
 * Done, Previous and Next. Page Up/Down scroll the lesson from anywhere
 * on the page.
 *
 * The buttons only name actions of the Learn panel (learn.previous, …)
 * and the window (win.take-quiz); the page shows a lesson and knows
 * nothing of history or progress: the panel tells it the best practice
 * score (sc_lesson_page_set_practice_best()).
 *
 * Where the lesson is scrolled to is sc-lesson-page-scroll.c's concern.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sc-course-tree.h"
#include "sc-glossary-popover.h"
#include "sc-lesson-page-private.h"
#include "sc-tooltip.h"

G_DEFINE_FINAL_TYPE (ScLessonPage, sc_lesson_page, GTK_TYPE_WIDGET)

static GtkWidget *
content (ScLessonPage *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      return child;

  return NULL;
}

static void
sc_lesson_page_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  GtkWidget *child = content (SC_LESSON_PAGE (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* A popover has to be told where its parent went. */
static void
sc_lesson_page_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  ScLessonPage *self = SC_LESSON_PAGE (widget);
  GtkWidget *child = content (self);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  if (self->glossary != NULL && gtk_widget_get_visible (self->glossary))
    gtk_popover_present (GTK_POPOVER (self->glossary));
}

/* Made when a term is first opened, not with the page: the page is built
 * at start-up, hidden, and most readings open no term. */
static GtkWidget *
ensure_glossary (ScLessonPage *self)
{
  if (self->glossary == NULL)
    {
      self->glossary = sc_glossary_popover_new ();
      gtk_widget_set_parent (self->glossary, GTK_WIDGET (self));
      sc_glossary_popover_set_glossary (SC_GLOSSARY_POPOVER (self->glossary),
                                        G_OBJECT (self->course),
                                        self->course != NULL ? sc_course_get_glossary (self->course)
                                                             : NULL);
    }

  return self->glossary;
}

static void
column_width_cb (ScLessonPage *self)
{
  int width = sc_rich_text_view_get_column_width (self->view);

  if (width <= 0)
    return;

  adw_clamp_set_maximum_size (self->clamp, width);
  adw_clamp_set_tightening_threshold (self->clamp, width);
}

static void
term_activated_cb (ScLessonPage *self,
                   const char   *term_id)
{
  sc_lesson_page_show_term (self, term_id);
}

static gboolean
scroll (ScLessonPage  *self,
        GtkScrollType  type)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (self->scroller, "scroll-child", type, FALSE, &handled);

  return handled;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ScLessonPage          *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean on_text = focus == GTK_WIDGET (self->view);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 && keyval != GDK_KEY_space)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      return scroll (self, GTK_SCROLL_PAGE_BACKWARD);

    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      return scroll (self, GTK_SCROLL_PAGE_FORWARD);

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return on_text && scroll (self, GTK_SCROLL_STEP_BACKWARD);

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return on_text && scroll (self, GTK_SCROLL_STEP_FORWARD);

    case GDK_KEY_Home:
      return on_text && scroll (self, GTK_SCROLL_START);

    case GDK_KEY_End:
      return on_text && scroll (self, GTK_SCROLL_END);

    case GDK_KEY_space:
      return on_text && scroll (self, (state & GDK_SHIFT_MASK) ? GTK_SCROLL_PAGE_BACKWARD
                                                               : GTK_SCROLL_PAGE_FORWARD);

    default:
      return FALSE;
    }
}

static void
sc_lesson_page_dispose (GObject *object)
{
  ScLessonPage *self = SC_LESSON_PAGE (object);
  GtkWidget *child;

  sc_lesson_page_stop_positions (self);

  g_clear_pointer (&self->glossary, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_LESSON_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->lesson = NULL;
  g_clear_object (&self->course);

  G_OBJECT_CLASS (sc_lesson_page_parent_class)->dispose (object);
}

static void
sc_lesson_page_class_init (ScLessonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_lesson_page_dispose;

  widget_class->measure = sc_lesson_page_measure;
  widget_class->size_allocate = sc_lesson_page_size_allocate;

  g_type_ensure (SC_TYPE_RICH_TEXT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/sc-lesson-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, bar);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, contents_button);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, done_button);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, done_content);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_done);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_done_content);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_next);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_next_title);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_previous);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, footer_previous_title);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, meta_label);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, module_label);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, objectives_box);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, position_label);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, practice_best);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, practice_button);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, practice_card);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, practice_summary);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScLessonPage, view);
  gtk_widget_class_bind_template_callback (widget_class, column_width_cb);
  gtk_widget_class_bind_template_callback (widget_class, term_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "lessonpage");
}

/* Without a lesson (Learn shows the course's overview until one is
 * opened), the page keeps only its text column, which gives it its
 * width: the bar, the headings and the footer are hidden, so they are
 * neither styled nor measured with the window at every start. */
static void
set_lesson_parts_visible (ScLessonPage *self,
                          gboolean      visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->bar), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->footer_done), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->footer), visible);
  if (!visible)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->module_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->objectives_box), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->practice_card), FALSE);
    }
}

static void
sc_lesson_page_init (ScLessonPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Set here rather than in sc-lesson-page.ui: sc-tooltip.c says why. */
  sc_tooltip_set_text (GTK_WIDGET (self->contents_button), _("Course Contents"));
  sc_tooltip_set_text (GTK_WIDGET (self->previous_button), _("Previous Lesson"));
  sc_tooltip_set_text (GTK_WIDGET (self->next_button), _("Next Lesson"));
  sc_tooltip_set_text (GTK_WIDGET (self->done_button),
                       _("Mark the lesson as done, or as not done yet"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->pending_scroll = -1.0;
  set_lesson_parts_visible (self, FALSE);
}

GtkWidget *
sc_lesson_page_new (void)
{
  return g_object_new (SC_TYPE_LESSON_PAGE, NULL);
}

static void
fill_objectives (ScLessonPage *self)
{
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list))) != NULL)
    gtk_box_remove (self->objectives_list, child);

  for (guint i = 0; self->lesson->objectives[i] != NULL; i++)
    {
      const char *id = self->lesson->objectives[i];
      ScObjective *objective = sc_course_lookup_objective (self->course, id);
      GtkWidget *row;
      GtkWidget *marker;
      GtkWidget *label;

      if (objective == NULL)
        continue;

      /* A grid, not a box: a box would have the wrapping label search
       * for its width at the row's height (sc-rich-text-blocks.c). */
      row = g_object_new (GTK_TYPE_GRID,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                          "column-spacing", 8,
                          NULL);
      marker = g_object_new (GTK_TYPE_IMAGE,
                             "icon-name", "object-select-symbolic",
                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                             "valign", GTK_ALIGN_START,
                             NULL);
      label = gtk_label_new (objective->text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (marker, "sc-objective-marker");
      gtk_widget_add_css_class (label, "sc-objective");
      gtk_grid_attach (GTK_GRID (row), marker, 0, 0, 1, 1);
      gtk_grid_attach (GTK_GRID (row), label, 1, 0, 1, 1);
      gtk_box_append (self->objectives_list, row);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->objectives_box), n > 0);
}

static void
fill_neighbours (ScLessonPage *self)
{
  GPtrArray *lessons = sc_course_get_lessons (self->course);
  ScLesson *previous = NULL;
  ScLesson *next = NULL;
  g_autofree char *position = NULL;
  g_autofree char *previous_name = NULL;
  g_autofree char *next_name = NULL;
  guint index = 0;

  if (!g_ptr_array_find (lessons, self->lesson, &index))
    index = 0;
  if (index > 0)
    previous = g_ptr_array_index (lessons, index - 1);
  if (index + 1 < lessons->len)
    next = g_ptr_array_index (lessons, index + 1);

  gtk_label_set_label (self->footer_previous_title, previous != NULL ? previous->title : "");
  gtk_label_set_label (self->footer_next_title, next != NULL ? next->title : "");
  /* Translators: the footer buttons' accessible names; %s is a lesson title. */
  previous_name = g_strdup_printf (_("Previous lesson: %s"),
                                   previous != NULL ? previous->title : "");
  next_name = g_strdup_printf (_("Next lesson: %s"), next != NULL ? next->title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->footer_previous),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, previous_name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->footer_next),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, next_name,
                                  -1);

  /* Kept in place but unseen, so the other card does not move. */
  gtk_widget_set_opacity (GTK_WIDGET (self->footer_previous), previous != NULL ? 1.0 : 0.0);
  gtk_widget_set_opacity (GTK_WIDGET (self->footer_next), next != NULL ? 1.0 : 0.0);

  /* Translators: where the lesson is in the course: "Lesson 3 of 8". */
  position = g_strdup_printf (_("Lesson %u of %u"), index + 1, lessons->len);
  gtk_label_set_label (self->position_label, position);
}

/* The button's accessible description: what the card says around it. */
static void
describe_practice (ScLessonPage *self)
{
  g_autofree char *description = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->practice_best)))
    description = g_strdup_printf ("%s. %s", gtk_label_get_label (self->practice_summary),
                                   gtk_label_get_label (self->practice_best));
  else
    description = g_strdup (gtk_label_get_label (self->practice_summary));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->practice_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
fill_practice (ScLessonPage *self)
{
  const ScAttemptQuiz *quiz = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *attempts = NULL;
  g_autofree char *summary = NULL;
  const char *feedback;
  guint n = 0;

  if (self->lesson->practice != NULL)
    quiz = sc_course_lookup_quiz (self->course, self->lesson->practice);

  gtk_widget_set_visible (GTK_WIDGET (self->practice_best), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->practice_card), quiz != NULL);
  if (quiz == NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->practice_button), NULL);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->practice_button), NULL);
      return;
    }

  for (guint i = 0; i < quiz->picks->len; i++)
    n += ((const ScQuizPick *) g_ptr_array_index (quiz->picks, i))->count;

  questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions", n), n);
  feedback = quiz->behaviour == SC_BEHAVIOUR_DEFERRED ? _("feedback at the end")
                                                      : _("instant feedback");
  if (quiz->attempts_allowed == 0)
    attempts = g_strdup (_("as often as you like"));
  else
    attempts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attempt", "%u attempts",
                                             quiz->attempts_allowed),
                                quiz->attempts_allowed);
  /* Translators: the practice card under a lesson, "5 questions · instant
   * feedback · as often as you like". */
  summary = g_strdup_printf (_("%s · %s · %s"), questions, feedback, attempts);
  gtk_label_set_label (self->practice_summary, summary);
  /* The target first: the action takes a string. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->practice_button), "s", quiz->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->practice_button), "win.take-quiz");
  describe_practice (self);
}

/**
 * sc_lesson_page_set_practice_best:
 * @best: the learner's best score at the lesson's practice quiz, 0 … 1;
 *   negative when the learner has not finished it yet
 *
 * Shows the best score on the practice card; setting a lesson clears it.
 */
void
sc_lesson_page_set_practice_best (ScLessonPage *self,
                                  double        best)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SC_IS_LESSON_PAGE (self));

  if (self->lesson == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->practice_card)))
    return;

  if (best >= 0.0)
    {
      /* Translators: on a lesson's practice card, "Your best so far: 80 %". */
      text = g_strdup_printf (_("Your best so far: %.0f %%"), CLAMP (best, 0.0, 1.0) * 100.0);
      gtk_label_set_label (self->practice_best, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->practice_best), best >= 0.0);
  describe_practice (self);
}

/**
 * sc_lesson_page_set_lesson:
 * @course: (nullable): the course @lesson belongs to
 * @lesson: (nullable): the lesson to show, owned by @course
 */
void
sc_lesson_page_set_lesson (ScLessonPage *self,
                           ScCourse     *course,
                           ScLesson     *lesson)
{
  ScModule *module;

  g_return_if_fail (SC_IS_LESSON_PAGE (self));
  g_return_if_fail (!course || SC_IS_COURSE (course));
  g_return_if_fail (lesson == NULL || course != NULL);

  if (course != self->course)
    {
      g_set_object (&self->course, course);
      if (self->glossary != NULL)
        sc_glossary_popover_set_glossary (SC_GLOSSARY_POPOVER (self->glossary),
                                          G_OBJECT (course),
                                          course != NULL ? sc_course_get_glossary (course) : NULL);
    }

  if (self->glossary != NULL && gtk_widget_get_visible (self->glossary))
    gtk_popover_popdown (GTK_POPOVER (self->glossary));

  sc_lesson_page_stop_positions (self);
  self->lesson = lesson;
  if (lesson == NULL)
    {
      sc_rich_text_view_set_text (self->view, NULL);
      set_lesson_parts_visible (self, FALSE);
      return;
    }

  set_lesson_parts_visible (self, TRUE);

  module = sc_course_get_lesson_module (course, lesson);
  gtk_label_set_label (self->module_label, module != NULL ? module->title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->module_label), module != NULL);
  gtk_label_set_label (self->title_label, lesson->title);

  fill_objectives (self);
  fill_neighbours (self);
  fill_practice (self);

  sc_rich_text_view_set_base_dir (self->view, sc_course_get_directory (course));
  sc_rich_text_view_set_text (self->view, sc_lesson_get_body (lesson));

  sc_lesson_page_set_scroll (self, 0.0);
}

/**
 * sc_lesson_page_get_lesson:
 *
 * Returns: (transfer none) (nullable): the lesson shown
 */
ScLesson *
sc_lesson_page_get_lesson (ScLessonPage *self)
{
  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), NULL);

  return self->lesson;
}

/**
 * sc_lesson_page_get_view:
 *
 * Returns: (transfer none): the view the lesson's text is drawn in
 */
ScRichTextView *
sc_lesson_page_get_view (ScLessonPage *self)
{
  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), NULL);

  return self->view;
}

/**
 * sc_lesson_page_get_glossary:
 *
 * Returns: (transfer none): the popover glossary terms open
 */
GtkPopover *
sc_lesson_page_get_glossary (ScLessonPage *self)
{
  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), NULL);

  return GTK_POPOVER (ensure_glossary (self));
}

void
sc_lesson_page_set_state (ScLessonPage  *self,
                          ScLessonState  state)
{
  g_autofree char *meta = NULL;
  const char *done_label;

  g_return_if_fail (SC_IS_LESSON_PAGE (self));

  if (self->lesson == NULL)
    return;

  /* Translators: under a lesson's title: estimated time and state,
   * "22 minutes · In progress". */
  meta = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute · %s", "%u minutes · %s",
                                       self->lesson->minutes),
                          self->lesson->minutes, sc_course_state_describe (state));
  gtk_label_set_label (self->meta_label, meta);

  done_label = state == SC_LESSON_DONE ? _("_Done") : _("Mark as _Done");
  adw_button_content_set_label (self->done_content, done_label);
  adw_button_content_set_label (self->footer_done_content, done_label);
}

void
sc_lesson_page_set_folded (ScLessonPage *self,
                           gboolean      folded)
{
  g_return_if_fail (SC_IS_LESSON_PAGE (self));

  gtk_widget_set_visible (GTK_WIDGET (self->contents_button), folded);
}

/**
 * sc_lesson_page_show_term:
 *
 * Pops up the glossary entry of @term_id, pointing at the term the
 * learner activated last.
 *
 * Returns: %TRUE if the course's glossary has the entry
 */
gboolean
sc_lesson_page_show_term (ScLessonPage *self,
                          const char   *term_id)
{
  GtkPopover *popover;
  GdkRectangle area;
  graphene_point_t point;

  g_return_val_if_fail (SC_IS_LESSON_PAGE (self), FALSE);

  popover = GTK_POPOVER (ensure_glossary (self));
  if (!sc_glossary_popover_show_term (SC_GLOSSARY_POPOVER (popover), term_id))
    return FALSE;

  if (sc_rich_text_view_get_link_area (self->view, &area) &&
      gtk_widget_compute_point (GTK_WIDGET (self->view), GTK_WIDGET (self),
                                &GRAPHENE_POINT_INIT (area.x, area.y), &point))
    {
      area.x = (int) point.x;
      area.y = (int) point.y;
      gtk_popover_set_pointing_to (popover, &area);
    }
  else
    {
      gtk_popover_set_pointing_to (popover, NULL);
    }

  gtk_popover_popup (popover);

  return TRUE;
}
