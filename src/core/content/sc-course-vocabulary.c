/* sc-course-vocabulary.c - the elements of the course format and the structural pass
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's RELAX NG validator stops at the first failure inside an element
 * and says "Did not expect element calout there". Authors need every
 * problem at once, with a hint, so a table (sc-course-vocabulary-rules.c)
 * describes each element (where it may appear, its attributes, its
 * children) and one walk over the document reports everything that
 * breaks it. The schema in data/rng/ says the same and more (the order
 * of children); it runs afterwards as a backstop. Keep the two in step.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "sc-content-xml.h"
#include "sc-course-names.h"
#include "sc-course-vocabulary-private.h"

static const char * const roots[] = { "course", "glossary", "lesson", "quiz" };

/* What the table says of an element of a name under a parent's rule. */
typedef struct
{
  const ElementRule *parent;
  const char        *name;
  const ElementRule *rule;     /* its own rule; NULL: no element of the format */
  gboolean           allowed;  /* one of parent's children */
  gboolean           single;   /* which parent may have only one of */
} Verdict;

/* Verdicts kept during one walk: a lesson has a few dozen kinds of
 * parent and child, met hundreds of times. A power of two. */
#define N_VERDICTS 128

typedef struct
{
  const char       *file;
  ScCourseProblems *problems;
  guint             n_before;
  Verdict           verdicts[N_VERDICTS];
} Walk;

static gboolean
word_in (const char *list,
         const char *word)
{
  gsize len = strlen (word);

  for (const char *p = list; *p != '\0';)
    {
      gsize n = strcspn (p, " ");

      if (n == len && strncmp (p, word, n) == 0)
        return TRUE;
      p += n;
      while (*p == ' ')
        p++;
    }

  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static void
check_value (Walk           *walk,
             xmlNode        *node,
             const AttrRule *attr,
             const char     *value)
{
  guint line = sc_content_node_line (node);
  const char *element = (const char *) node->name;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) values = NULL;
  g_autofree char *choices = NULL;
  guint64 minutes;
  guint64 number;
  guint64 min = 0;
  guint64 max = 0;

  switch (attr->kind)
    {
    case ATTR_TEXT:
      if (is_blank (value))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("the %s attribute of <%s> is empty"), attr->name, element);
      break;

    case ATTR_ID:
      if (!sc_course_is_valid_id (value))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("%s=\"%s\" on <%s> is not a valid id; use letters, digits, "
                                  "“.”, “-” and “_”"), attr->name, value, element);
      break;

    case ATTR_IDS:
      ids = g_strsplit_set (value, " \t\n\r", -1);
      for (guint i = 0; ids[i] != NULL; i++)
        if (*ids[i] != '\0' && !sc_course_is_valid_id (ids[i]))
          sc_course_problems_add (walk->problems, walk->file, line,
                                  _("“%s” in %s on <%s> is not a valid id; use letters, "
                                    "digits, “.”, “-” and “_”"), ids[i], attr->name, element);
      if (attr->required && is_blank (value))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("the %s attribute of <%s> is empty"), attr->name, element);
      break;

    case ATTR_ENUM:
      if (!word_in (attr->values, value))
        {
          values = g_strsplit (attr->values, " ", -1);
          choices = g_strjoinv (", ", values);
          sc_course_problems_add (walk->problems, walk->file, line,
                                  _("%s=\"%s\" on <%s> must be one of: %s"),
                                  attr->name, value, element, choices);
        }
      break;

    case ATTR_MINUTES:
      if (!g_ascii_string_to_unsigned (value, 10, 1, SC_LESSON_MAX_MINUTES, &minutes, NULL))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("%s=\"%s\" on <%s> must be a whole number from 1 to %d"),
                                attr->name, value, element, SC_LESSON_MAX_MINUTES);
      break;

    case ATTR_BOOLEAN:
      if (!g_str_equal (value, "true") && !g_str_equal (value, "false"))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("%s=\"%s\" on <%s> must be “true” or “false”"),
                                attr->name, value, element);
      break;

    case ATTR_NUMBER:
      sscanf (attr->values, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &min, &max);
      if (!g_ascii_string_to_unsigned (value, 10, min, max, &number, NULL))
        sc_course_problems_add (walk->problems, walk->file, line,
                                _("%s=\"%s\" on <%s> must be a whole number from %u to %u"),
                                attr->name, value, element, (guint) min, (guint) max);
      break;

    default:
      g_assert_not_reached ();
    }
}

static char *
qualified_name (xmlNs      *ns,
                const char *name)
{
  if (ns != NULL && ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", (const char *) ns->prefix, name);

  return g_strdup (name);
}

static void
check_attributes (Walk              *walk,
                  xmlNode           *node,
                  const ElementRule *rule)
{
  guint line = sc_content_node_line (node);
  const char *element = (const char *) node->name;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      const AttrRule *found = NULL;
      g_autofree char *value = NULL;

      for (const AttrRule *a = rule->attrs; a->name != NULL && attr->ns == NULL; a++)
        if (g_str_equal (a->name, name))
          found = a;

      if (found == NULL)
        {
          const char *names[8] = { NULL };
          g_autofree char *qualified = qualified_name (attr->ns, name);
          guint n = 0;
          const char *best = NULL;

          for (const AttrRule *a = rule->attrs; a->name != NULL && n < G_N_ELEMENTS (names); a++)
            names[n++] = a->name;
          if (attr->ns == NULL)
            best = sc_course_suggest (name, names, n);

          if (best != NULL)
            sc_course_problems_add (walk->problems, walk->file, line,
                                    _("unknown attribute %s on <%s>; did you mean %s?"),
                                    qualified, element, best);
          else
            sc_course_problems_add (walk->problems, walk->file, line,
                                    _("unknown attribute %s on <%s>"), qualified, element);
          continue;
        }

      /* Almost every value is one text node: read it where it is. */
      if (attr->children != NULL && attr->children->next == NULL &&
          attr->children->type == XML_TEXT_NODE && attr->children->content != NULL)
        {
          check_value (walk, node, found, (const char *) attr->children->content);
          continue;
        }

      value = (char *) xmlNodeListGetString (node->doc, attr->children, 1);
      check_value (walk, node, found, value != NULL ? value : "");
    }

  for (const AttrRule *a = rule->attrs; a->name != NULL; a++)
    if (a->required && !xmlHasNsProp (node, (const xmlChar *) a->name, NULL))
      sc_course_problems_add (walk->problems, walk->file, line,
                              _("<%s> is missing the %s attribute"), element, a->name);
}

static void check_element (Walk              *walk,
                           xmlNode           *node,
                           const ElementRule *rule);

/* libxml2 gives a text node the line where the parser had read it up to,
 * which is where the text ends; the author wants the line where its
 * words start. */
static guint
text_line (xmlNode    *node,
           const char *content)
{
  guint line = sc_content_node_line (node);
  guint parent_line = node->parent != NULL ? sc_content_node_line (node->parent) : 0;
  const char *p = content;

  while (*p != '\0' && g_ascii_isspace (*p))
    p++;
  for (; *p != '\0'; p++)
    if (*p == '\n' && line > parent_line)
      line--;

  return line;
}

/* Only known element names are counted, so there are never more than the
 * table has; the cap just keeps a hostile file from growing the array. */
static guint
count_child (const char **seen,
             guint       *counts,
             guint       *n_seen,
             guint        capacity,
             const char  *name)
{
  for (guint i = 0; i < *n_seen; i++)
    if (g_str_equal (seen[i], name))
      return ++counts[i];

  if (*n_seen < capacity)
    {
      seen[*n_seen] = name;
      counts[(*n_seen)++] = 1;
    }

  return 1;
}

static gboolean
was_seen (const char **seen,
          guint        n_seen,
          const char  *name,
          gsize        length)
{
  for (guint i = 0; i < n_seen; i++)
    if (strncmp (seen[i], name, length) == 0 && seen[i][length] == '\0')
      return TRUE;

  return FALSE;
}

static void
judge (Verdict           *verdict,
       const ElementRule *parent,
       const char        *name)
{
  verdict->parent = parent;
  verdict->name = name;
  verdict->rule = sc_course_vocabulary_is_known_element (name)
                  ? sc_course_vocabulary_find_rule (name, parent->name) : NULL;
  verdict->allowed = word_in (parent->children, name);
  verdict->single = word_in (parent->single, name);
}

/* The table's verdict on a child @name of an element of rule @parent.
 * libxml2 keeps one copy of each name of a document (its dictionary), so
 * during a walk a name's address stands for it; a name held elsewhere
 * only misses and is judged again. */
static const Verdict *
find_verdict (Walk              *walk,
              const ElementRule *parent,
              const char        *name)
{
  guint start = (guint) (((guintptr) parent >> 4) ^ ((guintptr) name >> 3) * 31);

  for (guint i = 0; i < N_VERDICTS; i++)
    {
      Verdict *verdict = &walk->verdicts[(start + i) & (N_VERDICTS - 1)];

      if (verdict->name == name && verdict->parent == parent)
        return verdict;
      if (verdict->name == NULL)
        {
          judge (verdict, parent, name);
          return verdict;
        }
    }

  /* Full (a hostile file with many names): judged each time. */
  judge (&walk->verdicts[start & (N_VERDICTS - 1)], parent, name);

  return &walk->verdicts[start & (N_VERDICTS - 1)];
}

static void
check_children (Walk              *walk,
                xmlNode           *node,
                const ElementRule *rule)
{
  const char *element = (const char *) node->name;
  const char *seen[16];  /* names of the children met so far, each once */
  guint seen_counts[16];
  guint n_seen = 0;
  gboolean stray_text = FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;
      const Verdict *verdict;
      guint count;

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          const char *content = (const char *) child->content;

          if (!(rule->flags & TEXT) && !is_blank (content) && !stray_text)
            {
              guint line = text_line (child, content);

              stray_text = TRUE;
              if (word_in (rule->children, "p"))
                sc_course_problems_add (walk->problems, walk->file, line,
                                        _("text is not allowed directly inside <%s>; "
                                          "put it in a <p>"), element);
              else
                sc_course_problems_add (walk->problems, walk->file, line,
                                        _("text is not allowed directly inside <%s>"), element);
            }
          continue;
        }

      if (child->type != XML_ELEMENT_NODE)
        continue;

      verdict = child->ns == NULL ? find_verdict (walk, rule, name) : NULL;
      if (verdict == NULL || verdict->rule == NULL)
        {
          const char *best = child->ns == NULL
                             ? sc_course_vocabulary_suggest_element (name, rule) : NULL;
          g_autofree char *qualified = qualified_name (child->ns, name);

          if (best != NULL)
            sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (child),
                                    _("unknown element <%s>; did you mean <%s>?"), qualified,
                                    best);
          else
            sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (child),
                                    _("unknown element <%s>"), qualified);
          continue;
        }

      if (!verdict->allowed)
        sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (child),
                                _("<%s> is not allowed inside <%s>"), name, element);

      count = count_child (seen, seen_counts, &n_seen, G_N_ELEMENTS (seen), name);
      if (count == 2 && verdict->single)
        sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (child),
                                _("<%s> may have only one <%s>"), element, name);

      check_element (walk, child, verdict->rule);
    }

  for (const char *p = rule->required; *p != '\0';)
    {
      gsize n = strcspn (p, " ");

      if (!was_seen (seen, n_seen, p, n))
        {
          g_autofree char *name = g_strndup (p, n);

          sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (node),
                                  _("<%s> needs a <%s>"), element, name);
        }
      p += n;
      while (*p == ' ')
        p++;
    }
}

/* Whether the text of @node and its descendants (what xmlNodeGetContent()
 * would join) has anything but white space, without joining it. */
static gboolean
has_words (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (!is_blank ((const char *) child->content))
            return TRUE;
          break;

        case XML_ELEMENT_NODE:
          if (has_words (child))
            return TRUE;
          break;

        case XML_ENTITY_REF_NODE:
          {
            g_autofree char *content = (char *) xmlNodeGetContent (child);

            if (!is_blank (content))
              return TRUE;
          }
          break;

        default:
          break;
        }
    }

  return FALSE;
}

static void
check_element (Walk              *walk,
               xmlNode           *node,
               const ElementRule *rule)
{
  g_assert (rule != NULL);

  check_attributes (walk, node, rule);
  check_children (walk, node, rule);

  if ((rule->flags & NONEMPTY) && !has_words (node))
    sc_course_problems_add (walk->problems, walk->file, sc_content_node_line (node),
                            _("<%s> is empty"), (const char *) node->name);
}

/**
 * sc_course_vocabulary_check:
 * @file: the name to report problems under
 *
 * Reports every element, attribute and piece of text in @doc that the
 * course format does not allow where it stands.
 *
 * Returns: %TRUE when @doc has no such problem
 */
gboolean
sc_course_vocabulary_check (xmlDoc           *doc,
                            ScCourseFileKind  kind,
                            const char       *file,
                            ScCourseProblems *problems)
{
  Walk walk = { file, problems, 0 };
  xmlNode *root;
  const char *expected;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (kind < G_N_ELEMENTS (roots), FALSE);

  walk.n_before = sc_course_problems_get_len (problems);
  expected = roots[kind];
  root = xmlDocGetRootElement (doc);

  if (root != NULL && root->ns != NULL && g_str_equal ((const char *) root->name, expected))
    {
      sc_course_problems_add (problems, file, sc_content_node_line (root),
                              _("<%s> must not declare an XML namespace; remove its xmlns "
                                "attribute"), expected);
      return FALSE;
    }

  if (root == NULL || root->ns != NULL || !g_str_equal ((const char *) root->name, expected))
    {
      sc_course_problems_add (problems, file, root != NULL ? sc_content_node_line (root) : 0,
                              _("the root element must be <%s>, not <%s>"), expected,
                              root != NULL ? (const char *) root->name : "");
      return FALSE;
    }

  check_element (&walk, root, sc_course_vocabulary_find_rule (expected, "/"));

  return sc_course_problems_get_len (problems) == walk.n_before;
}
