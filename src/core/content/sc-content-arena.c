/* sc-content-arena.c - libxml2's memory for a document read ahead, taken and given back whole
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing a lesson file makes thousands of small allocations (a node, its
 * text, the parser's own state) and freeing the tree as many frees. On a
 * thread of its own (sc-course-prefetch.c) they all go through glibc's
 * per-thread heaps, their locks and their bins: on the 1,000-lesson
 * course, a quarter of that thread's instructions.
 *
 * So libxml2's allocator is replaced (xmlMemSetup ()) by one that, on a
 * thread that has entered an arena (sc_content_arena_enter ()), carves
 * each allocation from the arena's current block, and otherwise calls
 * malloc (). Every block comes from one range of address space reserved
 * at installation, so xmlFree () tells the arena's pointers from malloc's
 * by their address alone: it ignores the first and gives the others to
 * free (). A document parsed in an arena is freed as before
 * (xmlFreeDoc (), which still frees what other threads added to it with
 * malloc ()), and then the arena: its blocks go back to the range for the
 * next document, whose parse then finds the memory already mapped.
 *
 * What the arena holds must not outlive it: the caller ties the arena to
 * the document (sc-course-prefetch.c keeps it in the document's _private)
 * and frees both together. Nothing here is used for anything but
 * documents read ahead; everywhere else libxml2 behaves as it always did.
 *
 * Not installed in AddressSanitizer builds, so that it keeps watching
 * libxml2's memory; when the range cannot be reserved, every allocation
 * is malloc ()'s and entering an arena changes nothing.
 */
#include "config.h"

#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <libxml/xmlmemory.h>

#include "sc-content-arena.h"

/* 4,096 blocks: a document read ahead needs a few, and at most about a
 * dozen are read ahead at once. The range costs no memory until used. */
#define RANGE_SIZE  ((gsize) 256 * 1024 * 1024)
#define BLOCK_SIZE  ((gsize) 64 * 1024)
/* Larger allocations (the copy of a big file's text) go to malloc (). */
#define LARGE       (BLOCK_SIZE / 4)
/* Each allocation is preceded by its size, for xmlRealloc (); 16 bytes
 * keep the pointers malloc ()'s alignment. */
#define HEADER      ((gsize) 16)
#define ALIGN(size) (((size) + 15) & ~(gsize) 15)

typedef struct _Block Block;

struct _Block
{
  Block *next;
};

struct _ScContentArena
{
  Block *blocks;   /* the current one first */
  char  *top;      /* where the next allocation goes */
  char  *end;      /* the end of the current block */
  char  *last;     /* the last allocation, which can grow in place */
  gsize  n_blocks;
};

static char  *range;
static char  *range_next;   /* never used before */
static Block *free_blocks;  /* used and given back */
static GMutex range_lock;

static __thread ScContentArena *current;

/**
 * sc_content_arena_owns:
 * @pointer: (nullable): memory libxml2 allocated
 *
 * Returns: whether @pointer is in an arena's block
 */
gboolean
sc_content_arena_owns (const void *pointer)
{
  return range != NULL && pointer != NULL &&
         (gsize) ((const char *) pointer - range) < RANGE_SIZE;
}

static Block *
take_block (void)
{
  Block *block = NULL;

  g_mutex_lock (&range_lock);
  if (free_blocks != NULL)
    {
      block = free_blocks;
      free_blocks = block->next;
    }
  else if (range_next + BLOCK_SIZE <= range + RANGE_SIZE)
    {
      block = (Block *) range_next;
      range_next += BLOCK_SIZE;
    }
  g_mutex_unlock (&range_lock);

  return block;
}

static void *
arena_alloc (ScContentArena *arena,
             gsize           size)
{
  gsize need = ALIGN (size + HEADER);
  char *start;

  if (size > LARGE)
    return NULL;

  if (arena->top == NULL || (gsize) (arena->end - arena->top) < need)
    {
      Block *block = take_block ();

      if (block == NULL)
        return NULL;
      block->next = arena->blocks;
      arena->blocks = block;
      arena->n_blocks++;
      arena->top = (char *) block + ALIGN (sizeof (Block));
      arena->end = (char *) block + BLOCK_SIZE;
    }

  start = arena->top;
  arena->top += need;
  *(gsize *) start = size;
  arena->last = start + HEADER;

  return arena->last;
}

static void *
arena_malloc (size_t size)
{
  void *memory = current != NULL ? arena_alloc (current, size) : NULL;

  return memory != NULL ? memory : malloc (size);
}

static void
arena_free (void *memory)
{
  if (!sc_content_arena_owns (memory))
    free (memory);
}

static void *
arena_realloc (void   *memory,
               size_t  size)
{
  char *header;
  gsize old_size;
  void *moved;

  if (memory == NULL)
    return arena_malloc (size);
  if (!sc_content_arena_owns (memory))
    return realloc (memory, size);

  header = (char *) memory - HEADER;
  old_size = *(gsize *) header;
  if (size <= old_size)
    return memory;

  /* A buffer that grows (the parser's) is usually the last thing
   * allocated: it grows where it is while its block has room. */
  if (current != NULL && current->last == memory && size <= LARGE &&
      ALIGN (size + HEADER) <= (gsize) (current->end - header))
    {
      current->top = header + ALIGN (size + HEADER);
      *(gsize *) header = size;
      return memory;
    }

  moved = arena_malloc (size);
  if (moved != NULL)
    memcpy (moved, memory, old_size);

  return moved;
}

static char *
arena_strdup (const char *text)
{
  gsize size = strlen (text) + 1;
  char *copy = arena_malloc (size);

  if (copy != NULL)
    memcpy (copy, text, size);

  return copy;
}

/* A child forked while another thread held the lock would wait for it
 * for ever: the lock is taken around fork () and let go on both sides. */
static void
lock_for_fork (void)
{
  g_mutex_lock (&range_lock);
}

static void
unlock_after_fork (void)
{
  g_mutex_unlock (&range_lock);
}

/**
 * sc_content_arena_install:
 *
 * Makes libxml2 allocate through the arenas. Call before libxml2 is used
 * on more than one thread (sc_course_reader_init () does); later calls do
 * nothing. Memory libxml2 allocated before is still freed with free ().
 */
void
sc_content_arena_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
#ifndef __SANITIZE_ADDRESS__
      void *reserved = mmap (NULL, RANGE_SIZE, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

      if (reserved != MAP_FAILED)
        {
          range = reserved;
          range_next = range;
          pthread_atfork (lock_for_fork, unlock_after_fork, unlock_after_fork);
          xmlMemSetup (arena_free, arena_malloc, arena_realloc, arena_strdup);
        }
#endif
      g_once_init_leave (&installed, 1);
    }
}

/**
 * sc_content_arena_is_installed:
 *
 * Returns: whether libxml2 allocates through the arenas
 */
gboolean
sc_content_arena_is_installed (void)
{
  return range != NULL;
}

/**
 * sc_content_arena_new:
 *
 * Returns: (transfer full): an arena holding nothing yet
 */
ScContentArena *
sc_content_arena_new (void)
{
  return g_new0 (ScContentArena, 1);
}

/**
 * sc_content_arena_free:
 * @arena: (nullable) (transfer full): an arena no thread is in
 *
 * Gives the arena's blocks back for other arenas. Whatever was allocated
 * in it must be dead: free its document first.
 */
void
sc_content_arena_free (ScContentArena *arena)
{
  Block *last;

  if (arena == NULL)
    return;

  g_return_if_fail (arena != current);

  if (arena->blocks != NULL)
    {
      for (last = arena->blocks; last->next != NULL; last = last->next)
        ;
      g_mutex_lock (&range_lock);
      last->next = free_blocks;
      free_blocks = arena->blocks;
      g_mutex_unlock (&range_lock);
    }
  g_free (arena);
}

/**
 * sc_content_arena_enter:
 * @arena: (nullable): the arena libxml2 allocates from on this thread,
 *   or %NULL for malloc ()
 *
 * Returns: (transfer none) (nullable): the arena this thread was in, for
 *   sc_content_arena_leave ()
 */
ScContentArena *
sc_content_arena_enter (ScContentArena *arena)
{
  ScContentArena *previous = current;

  current = arena;

  return previous;
}

/**
 * sc_content_arena_leave:
 * @previous: (nullable): what sc_content_arena_enter () returned
 */
void
sc_content_arena_leave (ScContentArena *previous)
{
  current = previous;
}

/**
 * sc_content_arena_get_size:
 *
 * Returns: the bytes of the blocks @arena holds
 */
gsize
sc_content_arena_get_size (ScContentArena *arena)
{
  g_return_val_if_fail (arena != NULL, 0);

  return arena->n_blocks * BLOCK_SIZE;
}

/**
 * sc_content_arena_trim:
 *
 * Gives the memory of the blocks no arena holds back to the system; they
 * stay reserved, and are mapped again when next used. For when a course
 * has been read.
 */
void
sc_content_arena_trim (void)
{
  g_mutex_lock (&range_lock);
  for (Block *block = free_blocks; block != NULL;)
    {
      Block *next = block->next;

      /* The link lives in the block: write it again once dropped. */
      madvise (block, BLOCK_SIZE, MADV_DONTNEED);
      block->next = next;
      block = next;
    }
  g_mutex_unlock (&range_lock);
}
