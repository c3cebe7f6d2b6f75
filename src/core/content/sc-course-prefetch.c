/* sc-course-prefetch.c - a course's lesson files read and parsed ahead, on a thread of their own
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a lesson file, parsing it and the structural pass over its
 * elements depend on nothing but the file; building the lesson does (ids
 * claimed, references noted, in course order). So once course.xml is
 * parsed and the list of lesson files known, a thread of this object
 * does the first part for each file, in course order and at most DEPTH
 * files ahead, while the reader builds the lessons it already has: on a
 * large course the two halves run side by side.
 *
 * Each file's problems go into a list of its own, which the reader adds
 * to the course's when it takes the file (the course's list keeps them
 * sorted, whatever order they come in). A document goes back to this
 * thread to be freed (sc_course_prefetch_free_doc ()), as the backstop
 * hands it back once validated. Each document is parsed in an arena of
 * its own (sc-content-arena.c), kept in its _private and given back with
 * it: the thousands of small allocations of a parse, and the frees of
 * the tree, cost next to nothing.
 */
#include "config.h"

#include "sc-content-arena.h"
#include "sc-course-handoff.h"
#include "sc-course-prefetch.h"
#include "sc-course-vocabulary.h"

/* Files read ahead of the reader: enough to keep it fed, few enough that
 * a course whose lessons build slower than they parse holds few trees. */
#define DEPTH 8

struct _ScCoursePrefetch
{
  char            *dir;
  GPtrArray       *files;     /* (element-type utf8): in course order */
  guint            n_taken;   /* files the reader has taken */
  ScCourseHandoff  handoff;
  GQueue           ready;     /* ScCoursePrefetched, files[n_taken] first */
  GQueue           to_free;   /* xmlDoc handed back */
  gboolean         stopping;
};

/* A document of this file, with its arena. */
static void
free_doc (xmlDoc *doc)
{
  ScContentArena *arena = doc->_private;

  xmlFreeDoc (doc);
  sc_content_arena_free (arena);
}

void
sc_course_prefetched_free (ScCoursePrefetched *prefetched)
{
  if (prefetched == NULL)
    return;

  g_clear_pointer (&prefetched->bytes, g_bytes_unref);
  g_clear_pointer (&prefetched->doc, free_doc);
  sc_course_problems_free (prefetched->problems);
  g_free (prefetched);
}

static ScCoursePrefetched *
prepare (const char *dir,
         const char *file)
{
  ScCoursePrefetched *prefetched = g_new0 (ScCoursePrefetched, 1);
  g_autofree char *real_path = NULL;
  ScContentArena *arena;
  ScContentArena *outer;
  gsize size = 0;
  const char *data;

  prefetched->problems = sc_course_problems_new ();
  prefetched->result = sc_content_resolve_path (dir, file, &real_path);
  if (prefetched->result != SC_CONTENT_PATH_OK)
    return prefetched;

  prefetched->bytes = sc_content_read_file (real_path, file, prefetched->problems);
  if (prefetched->bytes == NULL)
    return prefetched;

  data = g_bytes_get_data (prefetched->bytes, &size);
  arena = sc_content_arena_new ();
  outer = sc_content_arena_enter (arena);
  prefetched->doc = sc_content_parse (data != NULL ? data : "", size, file, prefetched->problems);
  sc_content_arena_leave (outer);
  if (prefetched->doc == NULL)
    {
      sc_content_arena_free (arena);
      return prefetched;
    }

  prefetched->doc->_private = arena;
  sc_course_vocabulary_check (prefetched->doc, SC_COURSE_FILE_LESSON, file,
                              prefetched->problems);

  return prefetched;
}

/* Reads the next file whenever the reader is fewer than DEPTH files
 * behind, frees what comes back, and waits when there is neither to do. */
static gpointer
prefetch_files (gpointer data)
{
  ScCoursePrefetch *self = data;
  guint next = 0;

  for (;;)
    {
      GQueue docs = G_QUEUE_INIT;
      gboolean stopping;
      gboolean can_read;

      sc_course_handoff_lock (&self->handoff);
      for (;;)
        {
          can_read = next < self->files->len && self->ready.length < DEPTH;
          if (self->stopping || can_read || !g_queue_is_empty (&self->to_free))
            break;
          sc_course_handoff_wait (&self->handoff);
        }
      docs = self->to_free;
      g_queue_init (&self->to_free);
      stopping = self->stopping;
      sc_course_handoff_unlock (&self->handoff);

      g_queue_clear_full (&docs, (GDestroyNotify) free_doc);
      if (stopping)
        return NULL;

      if (can_read)
        {
          ScCoursePrefetched *prefetched = prepare (self->dir, g_ptr_array_index (self->files, next));

          next++;
          sc_course_handoff_lock (&self->handoff);
          g_queue_push_tail (&self->ready, prefetched);
          sc_course_handoff_wake (&self->handoff);
          sc_course_handoff_unlock (&self->handoff);
        }
    }
}

/**
 * sc_course_prefetch_new:
 * @dir: the canonical course folder
 * @files: (transfer full) (element-type utf8): the lesson files, as
 *   written in course.xml, in the order the reader will take them
 *
 * Starts the thread. Call sc_course_prefetch_finish () exactly once,
 * after the last document was handed back, which frees it.
 *
 * Returns: (transfer full): the prefetch
 */
ScCoursePrefetch *
sc_course_prefetch_new (const char *dir,
                        GPtrArray  *files)
{
  ScCoursePrefetch *self = g_new0 (ScCoursePrefetch, 1);

  self->dir = g_strdup (dir);
  self->files = files;
  sc_course_handoff_init (&self->handoff);
  g_queue_init (&self->ready);
  g_queue_init (&self->to_free);
  sc_course_handoff_run (&self->handoff, prefetch_files, self);

  return self;
}

/**
 * sc_course_prefetch_take:
 * @file: the lesson file the reader is at
 *
 * Waits for @file if it is the next one of the list and the thread has
 * not got to it yet.
 *
 * Returns: (transfer full) (nullable): @file as the thread left it, or
 *   %NULL when it is not the next one of the list: read it on the spot
 */
ScCoursePrefetched *
sc_course_prefetch_take (ScCoursePrefetch *self,
                         const char       *file)
{
  ScCoursePrefetched *prefetched;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (file != NULL, NULL);

  if (self->n_taken >= self->files->len ||
      !g_str_equal (g_ptr_array_index (self->files, self->n_taken), file))
    return NULL;

  sc_course_handoff_lock (&self->handoff);
  while (g_queue_is_empty (&self->ready))
    sc_course_handoff_wait (&self->handoff);
  prefetched = g_queue_pop_head (&self->ready);
  self->n_taken++;
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);

  return prefetched;
}

/**
 * sc_course_prefetch_free_doc:
 * @doc: (transfer full): a document of a file taken from @self
 * @self: (type ScCoursePrefetch): the prefetch
 *
 * Hands @doc back to be freed on the thread that made it.
 */
void
sc_course_prefetch_free_doc (xmlDoc   *doc,
                             gpointer  self)
{
  ScCoursePrefetch *prefetch = self;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (prefetch != NULL);

  sc_course_handoff_lock (&prefetch->handoff);
  g_queue_push_tail (&prefetch->to_free, doc);
  sc_course_handoff_wake (&prefetch->handoff);
  sc_course_handoff_unlock (&prefetch->handoff);
}

/**
 * sc_course_prefetch_finish:
 *
 * Stops the thread, frees what it read and the reader did not take, and
 * frees @self.
 */
void
sc_course_prefetch_finish (ScCoursePrefetch *self)
{
  g_return_if_fail (self != NULL);

  sc_course_handoff_lock (&self->handoff);
  self->stopping = TRUE;
  sc_course_handoff_wake (&self->handoff);
  sc_course_handoff_unlock (&self->handoff);
  sc_course_handoff_join (&self->handoff);

  g_queue_clear_full (&self->ready, (GDestroyNotify) sc_course_prefetched_free);
  g_queue_clear_full (&self->to_free, (GDestroyNotify) free_doc);
  g_ptr_array_unref (self->files);
  g_free (self->dir);
  sc_content_arena_trim ();
  sc_course_handoff_clear (&self->handoff);
  g_free (self);
}
