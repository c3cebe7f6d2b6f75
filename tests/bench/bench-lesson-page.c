/* bench-lesson-page.c - how long opening a lesson page takes, to its first painted frame
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-lesson-page --lesson|--label COURSE_DIR LESSON_ID OPENS
 *
 * The subject and reference of tests/bench/cases/lesson_page.py. A
 * 1280×800 libadwaita window (the app's style sheet and icons, from the
 * app's resources) shows, in turn, an empty page and the lesson, OPENS
 * times after one warm-up opening. --lesson opens it in the real
 * ScLessonPage (title, objectives, the rich-text view, the footer);
 * --label puts the same words, as plain text, into one wrapping GtkLabel
 * in a scrolled window, the least a page of text can be.
 *
 * Each opening is timed by bench-frames.c, from a frame-clock tick to that
 * frame's after-paint, and printed as `open-us <µs> build-us <µs>
 * layout-us <µs>`.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>

#include "bench-frames.h"
#include "sc-course-reader.h"
#include "sc-lesson-page.h"

typedef struct
{
  BenchFrames    frames;
  ScLessonPage  *page;       /* --lesson */
  GtkLabel      *label;      /* --label */
  ScCourse      *course;
  ScLesson      *lesson;
  char          *text;       /* the lesson's words, for --label */
} Bench;

static void
show (gpointer data,
      gboolean lesson)
{
  Bench *bench = data;

  if (bench->page != NULL)
    sc_lesson_page_set_lesson (bench->page, bench->course, lesson ? bench->lesson : NULL);
  else
    gtk_label_set_text (bench->label, lesson ? bench->text : "");
}

static GtkWidget *
label_page (Bench *bench)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 66);
  gtk_widget_set_halign (label, GTK_ALIGN_CENTER);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  bench->label = GTK_LABEL (label);

  return scroller;
}

static void
activate_cb (GApplication *app,
             Bench        *bench)
{
  GtkWidget *content;

  bench->frames.window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (bench->frames.window), 1280, 800);

  if (bench->text == NULL)
    {
      content = sc_lesson_page_new ();
      bench->page = SC_LESSON_PAGE (content);
    }
  else
    {
      content = label_page (bench);
    }

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->frames.window), content);
  bench_frames_run_when_mapped (&bench->frames);
  gtk_window_present (GTK_WINDOW (bench->frames.window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(ScCourseProblems) problems = NULL;
  g_autoptr(ScCourse) course = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Bench bench = { NULL, };
  guint64 opens;
  gboolean lesson_mode;
  int status;

  if (argc != 5 || (strcmp (argv[1], "--lesson") != 0 && strcmp (argv[1], "--label") != 0) ||
      !g_ascii_string_to_unsigned (argv[4], 10, 1, 1000, &opens, NULL))
    {
      fprintf (stderr, "usage: %s --lesson|--label COURSE_DIR LESSON_ID OPENS\n", argv[0]);
      return 2;
    }
  lesson_mode = strcmp (argv[1], "--lesson") == 0;

  sc_course_reader_init ();
  problems = sc_course_problems_new ();
  course = sc_course_load (argv[2], problems, &error);
  if (course == NULL)
    {
      fprintf (stderr, "%s: the course does not load (%u problems); check it with "
               "shopcraft --validate-course\n", argv[2], sc_course_problems_get_len (problems));
      return 1;
    }
  bench.lesson = sc_course_lookup_lesson (course, argv[3]);
  if (bench.lesson == NULL)
    {
      fprintf (stderr, "%s: no lesson “%s”\n", argv[2], argv[3]);
      return 1;
    }
  bench.course = course;
  bench.frames.opens = (guint) opens;
  bench.frames.show = show;
  bench.frames.data = &bench;
  if (!lesson_mode)
    text = bench.text = sc_rich_text_to_plain (sc_lesson_get_body (bench.lesson));

  /* The app's resource base, so its style sheet and icons load as in the app. */
  app = g_object_new (ADW_TYPE_APPLICATION,
                      "application-id", "io.github.shopcraft.BenchLessonPage",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE_PATH,
                      NULL);
  bench.frames.app = G_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &bench);

  status = g_application_run (G_APPLICATION (app), 1, argv);

  return status != 0 ? status : (bench.frames.done > bench.frames.opens ? 0 : 1);
}
