/* sc-order-row.c - one order as a row of the Orders section's queue
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row is computed from a copy of the order and the time the queue
 * was read: the words each column shows (a status is always a word,
 * never a colour alone), the numbers the columns sort by, and the style
 * classes that colour the pills. The queue makes new rows when an order
 * changes; when a minute passes it only moves their clock on
 * (sc_order_row_set_now ()), so the list keeps its selection and the
 * keyboard its place.
 *
 * The words for statuses and reasons live here too, so the queue and
 * the order page say the same.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sc-order-row.h"

struct _ScOrderRow
{
  GObject   parent_instance;

  ScOrder  *order;
  gint64    now;
  gint64    total;
};

G_DEFINE_FINAL_TYPE (ScOrderRow, sc_order_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_STATE,
  PROP_CUSTOMER,
  PROP_PLACED,
  PROP_PLACED_SORT,
  PROP_TOTAL,
  PROP_TOTAL_SORT,
  PROP_PAYMENT,
  PROP_PAYMENT_CLASSES,
  PROP_FULFILMENT,
  PROP_FULFILMENT_CLASSES,
  PROP_DEADLINE,
  PROP_DEADLINE_SORT,
  PROP_DEADLINE_CLASSES,
  PROP_RISK,
  PROP_RISK_CLASSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

char *
sc_order_describe_money (const ScOrder *order,
                       gint64         minor)
{
  return sc_money_format (sc_money_init (minor, order->currency), '.', ',');
}

/* "2 Dec, 08:15" in the learner's time zone. */
char *
sc_order_describe_time (gint64 time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup ("");

  /* Translators: when an order was placed or shipped, as
   * g_date_time_format () writes it: "2 Dec, 08:15" */
  return g_date_time_format (local, _("%-d %b, %H:%M"));
}

char *
sc_order_describe_financial (const ScOrder *order,
                             gint64         now)
{
  switch (sc_order_get_financial_status (order))
    {
    case SC_ORDER_FINANCIAL_PENDING:
      return g_strdup (_("Payment pending"));
    case SC_ORDER_FINANCIAL_AUTHORIZED:
      return g_strdup (sc_order_authorization_expired (order, now)
                       ? _("Authorization expired") : _("Authorized"));
    case SC_ORDER_FINANCIAL_PARTIALLY_PAID:
      return g_strdup (_("Partially paid"));
    case SC_ORDER_FINANCIAL_PAID:
      return g_strdup (_("Paid"));
    case SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED:
      return g_strdup (_("Partially refunded"));
    case SC_ORDER_FINANCIAL_REFUNDED:
      return g_strdup (_("Refunded"));
    case SC_ORDER_FINANCIAL_VOIDED:
    default:
      return g_strdup (_("Voided"));
    }
}

char *
sc_order_describe_fulfilment (const ScOrder *order)
{
  if (order->state == SC_ORDER_STATE_OPEN && order->hold != SC_ORDER_HOLD_NONE)
    return g_strdup (_("On hold"));

  switch (sc_order_get_fulfilment_status (order))
    {
    case SC_ORDER_FULFILMENT_UNFULFILLED:
      return g_strdup (_("Unfulfilled"));
    case SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED:
      return g_strdup (_("Partially fulfilled"));
    case SC_ORDER_FULFILMENT_FULFILLED:
      return g_strdup (_("Fulfilled"));
    case SC_ORDER_FULFILMENT_RESTOCKED:
    default:
      return g_strdup (_("Restocked"));
    }
}

static char *
describe_hours (gint64 seconds)
{
  gint64 hours = (seconds + 3599) / 3600;

  if (hours >= 48)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " day",
                                         "%" G_GINT64_FORMAT " days", hours / 24),
                            hours / 24);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%" G_GINT64_FORMAT " hour",
                                       "%" G_GINT64_FORMAT " hours", hours),
                          hours);
}

/* What the ship-by deadline means now: the queue's most urgent column. */
char *
sc_order_describe_deadline (const ScOrder *order,
                            gint64         now)
{
  g_autofree char *span = NULL;

  switch (sc_order_get_sla (order, now))
    {
    case SC_ORDER_SLA_ON_TRACK:
    case SC_ORDER_SLA_DUE_SOON:
      span = describe_hours (order->ship_by - now);
      /* Translators: the time left to ship an order, as "Ship within 5 hours" */
      return g_strdup_printf (_("Ship within %s"), span);
    case SC_ORDER_SLA_OVERDUE:
      span = describe_hours (now - order->ship_by);
      /* Translators: an order not shipped by its deadline, as "Overdue by 3 hours" */
      return g_strdup_printf (_("Overdue by %s"), span);
    case SC_ORDER_SLA_MET:
      return g_strdup (_("Shipped on time"));
    case SC_ORDER_SLA_MISSED:
      return g_strdup (_("Shipped late"));
    case SC_ORDER_SLA_NONE:
    default:
      return g_strdup (_("No deadline"));
    }
}

const char *
sc_order_describe_risk (ScOrderRiskLevel level)
{
  switch (level)
    {
    case SC_ORDER_RISK_HIGH:
      return _("High risk");
    case SC_ORDER_RISK_MEDIUM:
      return _("Medium risk");
    case SC_ORDER_RISK_LOW:
    default:
      return _("Low risk");
    }
}

const char *
sc_order_describe_hold (ScOrderHoldReason reason)
{
  switch (reason)
    {
    case SC_ORDER_HOLD_FRAUD_REVIEW:
      return _("Fraud review");
    case SC_ORDER_HOLD_ADDRESS_VERIFICATION:
      return _("Address verification");
    case SC_ORDER_HOLD_AWAITING_STOCK:
      return _("Awaiting stock");
    case SC_ORDER_HOLD_CUSTOMER_REQUEST:
      return _("Customer request");
    case SC_ORDER_HOLD_PAYMENT_ISSUE:
      return _("Payment issue");
    case SC_ORDER_HOLD_NONE:
    default:
      return _("Not on hold");
    }
}

const char *
sc_order_describe_cancel (ScOrderCancelReason reason)
{
  switch (reason)
    {
    case SC_ORDER_CANCEL_CUSTOMER:
      return _("Customer changed their mind");
    case SC_ORDER_CANCEL_FRAUD:
      return _("Fraudulent order");
    case SC_ORDER_CANCEL_INVENTORY:
      return _("Items unavailable");
    case SC_ORDER_CANCEL_DECLINED:
      return _("Payment declined");
    case SC_ORDER_CANCEL_STAFF:
      return _("Staff error");
    case SC_ORDER_CANCEL_OTHER:
    default:
      return _("Other");
    }
}

/* Pills: green when nothing is left to do, amber when something is,
 * red when it is late or dangerous, grey when it is over. */
static GStrv
pill_classes (const char *tone)
{
  return g_strsplit (tone != NULL ? tone : "sc-status-pill", " ", -1);
}

static const char *
payment_tone (const ScOrder *order)
{
  switch (sc_order_get_financial_status (order))
    {
    case SC_ORDER_FINANCIAL_PENDING:
    case SC_ORDER_FINANCIAL_AUTHORIZED:
    case SC_ORDER_FINANCIAL_PARTIALLY_PAID:
      return "sc-status-pill sc-status-warning";
    case SC_ORDER_FINANCIAL_PAID:
      return "sc-status-pill sc-status-active";
    default:
      return "sc-status-pill sc-status-archived";
    }
}

static const char *
fulfilment_tone (const ScOrder *order)
{
  if (order->state == SC_ORDER_STATE_OPEN && order->hold != SC_ORDER_HOLD_NONE)
    return "sc-status-pill sc-status-error";

  switch (sc_order_get_fulfilment_status (order))
    {
    case SC_ORDER_FULFILMENT_UNFULFILLED:
    case SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED:
      return "sc-status-pill sc-status-warning";
    case SC_ORDER_FULFILMENT_FULFILLED:
      return "sc-status-pill sc-status-active";
    default:
      return "sc-status-pill sc-status-archived";
    }
}

static const char *
deadline_tone (const ScOrder *order,
               gint64         now)
{
  switch (sc_order_get_sla (order, now))
    {
    case SC_ORDER_SLA_OVERDUE:
    case SC_ORDER_SLA_MISSED:
      return "sc-deadline sc-deadline-late";
    case SC_ORDER_SLA_DUE_SOON:
      return "sc-deadline sc-deadline-soon";
    default:
      return "sc-deadline dim-label";
    }
}

static char *
describe_state (const ScOrder *order)
{
  switch (order->state)
    {
    case SC_ORDER_STATE_CANCELLED:
      return g_strdup (_("Cancelled"));
    case SC_ORDER_STATE_CLOSED:
      return g_strdup (_("Archived"));
    case SC_ORDER_STATE_DRAFT:
      return g_strdup (_("Draft"));
    case SC_ORDER_STATE_OPEN:
    default:
      return g_strdup (_("Open"));
    }
}

static void
sc_order_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ScOrderRow *self = SC_ORDER_ROW (object);
  const ScOrder *order = self->order;
  ScOrderRiskLevel risk = sc_order_get_risk_level (order);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, order->name);
      break;
    case PROP_STATE:
      g_value_take_string (value, describe_state (order));
      break;
    case PROP_CUSTOMER:
      g_value_set_string (value, order->customer);
      break;
    case PROP_PLACED:
      g_value_take_string (value, sc_order_describe_time (order->placed_at));
      break;
    case PROP_PLACED_SORT:
      g_value_set_int64 (value, order->placed_at);
      break;
    case PROP_TOTAL:
      g_value_take_string (value, sc_order_describe_money (order, self->total));
      break;
    case PROP_TOTAL_SORT:
      g_value_set_int64 (value, self->total);
      break;
    case PROP_PAYMENT:
      g_value_take_string (value, sc_order_describe_financial (order, self->now));
      break;
    case PROP_PAYMENT_CLASSES:
      g_value_take_boxed (value, pill_classes (payment_tone (order)));
      break;
    case PROP_FULFILMENT:
      g_value_take_string (value, sc_order_describe_fulfilment (order));
      break;
    case PROP_FULFILMENT_CLASSES:
      g_value_take_boxed (value, pill_classes (fulfilment_tone (order)));
      break;
    case PROP_DEADLINE:
      g_value_take_string (value, sc_order_describe_deadline (order, self->now));
      break;
    case PROP_DEADLINE_SORT:
      /* Open work first, soonest deadline first; done orders after. */
      g_value_set_int64 (value, sc_order_count_unfulfilled (order) > 0
                                && order->state == SC_ORDER_STATE_OPEN
                                ? order->ship_by : G_MAXINT64 / 2 + order->placed_at);
      break;
    case PROP_DEADLINE_CLASSES:
      g_value_take_boxed (value, pill_classes (deadline_tone (order, self->now)));
      break;
    case PROP_RISK:
      /* Short, under the column's "Risk": the queue must fit 1024 px. */
      g_value_set_string (value, risk == SC_ORDER_RISK_HIGH ? C_("order risk", "High")
                                 : risk == SC_ORDER_RISK_MEDIUM ? C_("order risk", "Medium")
                                 : C_("order risk", "Low"));
      break;
    case PROP_RISK_CLASSES:
      g_value_take_boxed (value, pill_classes (risk == SC_ORDER_RISK_HIGH
                                               ? "sc-risk sc-risk-high"
                                               : risk == SC_ORDER_RISK_MEDIUM
                                               ? "sc-risk sc-risk-medium"
                                               : "sc-risk dim-label"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_order_row_finalize (GObject *object)
{
  ScOrderRow *self = SC_ORDER_ROW (object);

  g_clear_pointer (&self->order, sc_order_free);

  G_OBJECT_CLASS (sc_order_row_parent_class)->finalize (object);
}

static void
sc_order_row_class_init (ScOrderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sc_order_row_finalize;
  object_class->get_property = sc_order_row_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL, flags);
  properties[PROP_CUSTOMER] = g_param_spec_string ("customer", NULL, NULL, NULL, flags);
  properties[PROP_PLACED] = g_param_spec_string ("placed", NULL, NULL, NULL, flags);
  properties[PROP_PLACED_SORT] =
    g_param_spec_int64 ("placed-sort", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TOTAL] = g_param_spec_string ("total", NULL, NULL, NULL, flags);
  properties[PROP_TOTAL_SORT] =
    g_param_spec_int64 ("total-sort", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_PAYMENT] = g_param_spec_string ("payment", NULL, NULL, NULL, flags);
  properties[PROP_PAYMENT_CLASSES] =
    g_param_spec_boxed ("payment-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FULFILMENT] = g_param_spec_string ("fulfilment", NULL, NULL, NULL, flags);
  properties[PROP_FULFILMENT_CLASSES] =
    g_param_spec_boxed ("fulfilment-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DEADLINE] = g_param_spec_string ("deadline", NULL, NULL, NULL, flags);
  properties[PROP_DEADLINE_SORT] =
    g_param_spec_int64 ("deadline-sort", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_DEADLINE_CLASSES] =
    g_param_spec_boxed ("deadline-classes", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_RISK] = g_param_spec_string ("risk", NULL, NULL, NULL, flags);
  properties[PROP_RISK_CLASSES] =
    g_param_spec_boxed ("risk-classes", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_order_row_init (ScOrderRow *self)
{
}

/**
 * sc_order_row_new:
 * @now: the time the queue was read, for deadlines and authorizations
 */
ScOrderRow *
sc_order_row_new (const ScOrder *order,
                  gint64         now)
{
  ScOrderRow *self;
  ScMoney total;

  g_return_val_if_fail (order != NULL, NULL);

  self = g_object_new (SC_TYPE_ORDER_ROW, NULL);
  self->order = sc_order_copy (order);
  self->now = now;
  self->total = sc_order_get_total (order, &total, NULL) ? total.minor : 0;
  return self;
}

/**
 * sc_order_row_set_now:
 * @now: the time it is now
 *
 * Reads the row's deadline and authorization against a later clock; the
 * columns showing them follow.
 */
void
sc_order_row_set_now (ScOrderRow *self,
                      gint64      now)
{
  g_return_if_fail (SC_IS_ORDER_ROW (self));

  if (self->now == now)
    return;

  self->now = now;
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE_CLASSES]);
  g_object_thaw_notify (G_OBJECT (self));
}

const ScOrder *
sc_order_row_get_order (ScOrderRow *self)
{
  g_return_val_if_fail (SC_IS_ORDER_ROW (self), NULL);

  return self->order;
}

const char *
sc_order_row_get_name (ScOrderRow *self)
{
  g_return_val_if_fail (SC_IS_ORDER_ROW (self), NULL);

  return self->order->name;
}

gboolean
sc_order_row_in_view (ScOrderRow  *self,
                      ScOrderView  view)
{
  const ScOrder *order;
  ScOrderFinancialStatus financial;

  g_return_val_if_fail (SC_IS_ORDER_ROW (self), FALSE);

  order = self->order;
  financial = sc_order_get_financial_status (order);
  switch (view)
    {
    case SC_ORDER_VIEW_TO_FULFIL:
      return order->state == SC_ORDER_STATE_OPEN && order->hold == SC_ORDER_HOLD_NONE
             && sc_order_count_unfulfilled (order) > 0;
    case SC_ORDER_VIEW_UNPAID:
      return order->state == SC_ORDER_STATE_OPEN
             && (financial == SC_ORDER_FINANCIAL_PENDING
                 || financial == SC_ORDER_FINANCIAL_AUTHORIZED
                 || financial == SC_ORDER_FINANCIAL_PARTIALLY_PAID);
    case SC_ORDER_VIEW_ON_HOLD:
      return order->state == SC_ORDER_STATE_OPEN && order->hold != SC_ORDER_HOLD_NONE;
    case SC_ORDER_VIEW_AWAITING_REPLY:
      return sc_order_awaits_reply (order);
    case SC_ORDER_VIEW_CLOSED:
      return order->state == SC_ORDER_STATE_CLOSED || order->state == SC_ORDER_STATE_CANCELLED;
    case SC_ORDER_VIEW_ALL:
    default:
      return TRUE;
    }
}
