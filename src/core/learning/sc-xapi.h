/* sc-xapi.h - xAPI 1.0.3 vocabulary: verbs, activity types, extensions, durations, times
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SC_XAPI_VERSION   "1.0.3"
/* actor.account.homePage of every Shopcraft learner (DESIGN.md, "xAPI identity"). */
#define SC_XAPI_HOME_PAGE "urn:shopcraft"

/* Activity types (definition.type). */
#define SC_XAPI_TYPE_COURSE    "http://adlnet.gov/expapi/activities/course"
#define SC_XAPI_TYPE_MODULE    "http://adlnet.gov/expapi/activities/module"
#define SC_XAPI_TYPE_LESSON    "http://adlnet.gov/expapi/activities/lesson"
#define SC_XAPI_TYPE_OBJECTIVE "http://adlnet.gov/expapi/activities/objective"
#define SC_XAPI_TYPE_CHECKLIST "http://id.tincanapi.com/activitytype/checklist"

/* Shopcraft's own extensions; sc-progress-apply.c says how each is used. */
#define SC_XAPI_EXT_COURSE   "urn:shopcraft:ext:course"   /* context: the course id */
#define SC_XAPI_EXT_LESSON   "urn:shopcraft:ext:lesson"   /* context: the lesson id */
#define SC_XAPI_EXT_SCROLL   "urn:shopcraft:ext:scroll"   /* result: 0 (top) … 10000 (end) */
#define SC_XAPI_EXT_SOP_STEP "urn:shopcraft:ext:sop-step" /* result: {"sop", "step", "ticked"} */

/* Verbs Shopcraft writes. Later issues append rows to the table in
 * sc-xapi.c; the order is not stored anywhere, only the IRIs are. */
typedef enum
{
  SC_VERB_EXPERIENCED,  /* a reading session ended: result.duration */
  SC_VERB_COMPLETED,    /* a lesson marked done: result.completion */
  SC_VERB_INITIALIZED,  /* a lesson opened: a reading session began */
  SC_VERB_PROGRESSED,   /* the reading position moved: result.extensions scroll */
  SC_VERB_INTERACTED,   /* an SOP step ticked or unticked: result.extensions sop-step */
  SC_VERB_ATTEMPTED,
  SC_VERB_ANSWERED,
  SC_VERB_PASSED,
  SC_VERB_FAILED,
  SC_VERB_SCORED,
  SC_VERB_VOIDED,
  SC_N_VERBS
} ScVerb;

const char *sc_verb_get_iri             (ScVerb       verb);
const char *sc_verb_get_display         (ScVerb       verb);
gboolean    sc_verb_from_iri            (const char  *iri,
                                         ScVerb      *out_verb);

char       *sc_xapi_format_duration     (gint64       seconds);
gboolean    sc_xapi_parse_duration      (const char  *text,
                                         gint64      *out_msec);

char       *sc_xapi_format_timestamp    (GDateTime   *time);
char       *sc_xapi_normalize_timestamp (const char  *text);
char       *sc_xapi_dup_now             (void);

G_END_DECLS
