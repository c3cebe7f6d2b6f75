/* sc-order.h - one order of the sandbox's order queue and the rules it follows
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pure model: no database, no GTK. The Orders panel and the database
 * layer sit on it; every rule a store back office enforces lives here, so
 * the button a panel disables and the refusal an operation returns say the
 * same words (sc_order_can ()).
 *
 * Shopify's order model is the reference: an order has a state (draft,
 * open, closed = archived, cancelled) and two statuses read off its facts,
 * a financial status (what happened to the money) and a fulfilment status
 * (what happened to the goods).
 *
 * Life of an order
 *
 *   sc_order_new () makes a draft; sc_order_add_line (), _set_shipping (),
 *   _set_tax () and _set_handling_hours () fill it; sc_order_place () opens
 *   it, commits its stock and takes the payment the way checkout did
 *   (ScOrderPayment). From then on only the operations below change it.
 *   Each operation either succeeds completely or refuses with a
 *   SC_ORDER_ERROR and changes nothing, not even @moves_out.
 *
 * Stock
 *
 *   An operation never touches inventory: it returns the ScStockMoves it
 *   causes (sc-stock.h) in @moves_out, a new array the caller owns (pass
 *   NULL when not interested; *moves_out must be NULL on entry):
 *
 *     place                  available → committed    order-committed
 *     fulfil                 committed → outside      order-fulfilled
 *     cancel, restocked      committed → available    order-cancelled
 *     cancel, not restocked  committed → outside      order-cancelled
 *     refund, cancel         committed → available    order-cancelled
 *     refund, remove         committed → outside      order-cancelled
 *     refund, return         outside → available      return-restocked
 *     refund, return damaged outside → unavailable    return-damaged
 *     refund, no restock     (none: the customer keeps the goods)
 *
 * Money
 *
 *   Amounts are whole minor units of the order's currency (sc-money.h).
 *   total = subtotal (Σ unit price × quantity) + shipping + tax. Every sum
 *   goes through sc_money_* and reports overflow (SC_ORDER_ERROR_OVERFLOW)
 *   instead of wrapping.
 *
 *   - captured: money taken from the customer (captures of the
 *     authorization, an automatic capture at checkout, manual payments).
 *   - refunded: money given back; never more than captured.
 *   - outstanding: what the customer still owes: total − captured, 0 once
 *     the order is cancelled or its payment voided. A refund does not
 *     change it: removing items lowers what is owed and what was paid alike.
 *   - refundable: captured − refunded.
 *   - capturable: what sc_order_capture () may still take: the rest of a
 *     live authorization, at most the outstanding amount.
 *
 *   A card authorization holds the order's total for 7 days
 *   (SC_ORDER_AUTHORIZATION_SECONDS); from authorized_at + 7 days on it can
 *   no longer be captured. Several partial captures are allowed while it
 *   lives. An expired authorization leaves the financial status at
 *   "authorized" (as Shopify's REST status does); sc_order_authorization_expired ()
 *   tells the difference, and mark-as-paid then records a payment collected
 *   some other way.
 *
 *   A refund of items also refunds their share of the tax: tax is charged
 *   on items only, and the tax refunded so far is always
 *   round (tax × value of the items refunded or removed so far / subtotal),
 *   half away from zero, so refunding every item refunds exactly the whole
 *   tax whatever the rounding of the earlier refunds.
 *
 * Financial status (derived from the amounts; only "voided" is stored)
 *
 *   voided              the payment was voided (sc_order_void (), or a
 *                       cancel with nothing captured)
 *   pending             nothing captured, no authorization (manual
 *                       payment methods: bank transfer, cash on delivery)
 *   authorized          nothing captured, an authorization (live or expired)
 *   partially-paid      0 < captured < total, nothing refunded
 *   paid                captured = total (a free order is paid at once)
 *   partially-refunded  0 < refunded < captured
 *   refunded            refunded = captured > 0
 *
 * Fulfilment status (derived from the lines)
 *
 *   Per line, unfulfilled = quantity − fulfilled − removed.
 *   unfulfilled           nothing shipped, something left to ship
 *   partially-fulfilled   something shipped, something left to ship
 *   fulfilled             something shipped, nothing left (removed items
 *                         do not count)
 *   restocked             nothing shipped, nothing left: every item was
 *                         removed (a cancel, or refunds of unshipped items)
 *
 * Holds, risk and review
 *
 *   A hold stops fulfilment only: a held order can still be paid, refunded
 *   or cancelled. It needs something left to ship and goes away on its own
 *   when nothing is left. A fraud-review hold is released only as
 *   reviewed.
 *
 *   Risk signals weigh (sc_order_get_risk_level ()):
 *     country-mismatch (billing and shipping countries differ)   2
 *     avs-mismatch (address verification failed)                 2
 *     cvv-mismatch (card security code failed)                    3
 *     many-payment-attempts                                       3
 *     high-value-first-order                                      1
 *     anonymous-ip (proxy, VPN or Tor)                            2
 *   Sum 0–1: low, 2–4: medium, 5 or more: high. One strong signal makes an
 *   order worth a look; two failed card checks, or one with a pattern of
 *   attempts, make it one to stop. A high-risk order that nobody reviewed
 *   needs review (sc_order_needs_review ()); high risk alone does not
 *   block anything, as in Shopify: stores hold such orders for fraud review.
 *
 * Shipments
 *
 *   Every fulfilment is a shipment: sc_order_fulfil () sends one line's
 *   units, sc_order_fulfil_remaining () everything left, in one parcel.
 *   A shipment gets its carrier and tracking number when it is sent or
 *   later (sc_order_add_tracking (), which also corrects a typo), as in a
 *   real back office; customers ask "where is my order?" about shipments
 *   without one (sc_order_count_untracked ()).
 *
 * Customer messages
 *
 *   sc_order_notify () records a message sent to the customer (a delay,
 *   a question about the address) on any placed order, closed and
 *   cancelled ones included: the customer may still need to hear why.
 *   A message is never blank and at most SC_ORDER_MAX_MESSAGE_LENGTH
 *   characters; it changes no status. sc_order_receive () records one
 *   the customer wrote about the order ("Where is my parcel?"), in the
 *   same timeline: the customer waits for an answer until the store's
 *   next message (sc_order_awaits_reply ()).
 *
 * Fulfilment deadline (SLA)
 *
 *   ship_by = placed_at + handling hours (48 unless set). While something
 *   is left to ship: on-track, due-soon when ship_by − now ≤ 24 h (the
 *   deadline itself included), overdue when now > ship_by. Once nothing is
 *   left: met when the last shipment left at or before ship_by, missed
 *   otherwise. Drafts, cancelled orders and orders whose every item was
 *   removed have none.
 */
#pragma once

#include <glib.h>

#include "sc-money.h"
#include "sc-stock.h"

G_BEGIN_DECLS

#define SC_ORDER_ERROR (sc_order_error_quark ())

typedef enum
{
  SC_ORDER_ERROR_NOT_ALLOWED,  /* the order's state forbids the step now */
  SC_ORDER_ERROR_INVALID,      /* the request itself is wrong: unknown SKU, quantity, amount */
  SC_ORDER_ERROR_OVERFLOW,     /* an amount too large to hold exactly */
} ScOrderError;

/* A card authorization can be captured for 7 days. */
#define SC_ORDER_AUTHORIZATION_SECONDS   (G_GINT64_CONSTANT (7) * 24 * 3600)
/* An unfulfilled order is due soon in the last 24 hours before ship-by. */
#define SC_ORDER_DUE_SOON_SECONDS        (G_GINT64_CONSTANT (24) * 3600)
#define SC_ORDER_DEFAULT_HANDLING_HOURS  48
#define SC_ORDER_MAX_HANDLING_HOURS      (24 * 365)
/* Larger quantities are typing mistakes, and this bound keeps every sum
 * of quantities far from overflowing. */
#define SC_ORDER_MAX_QUANTITY            G_GINT64_CONSTANT (1000000)
/* A customer message longer than this is not one a back office sends. */
#define SC_ORDER_MAX_MESSAGE_LENGTH      1000

/* The names in the *_to_string () functions are the stable ids stored in
 * the database and written by sc_order_dump (): never rename one, only add. */

typedef enum
{
  SC_ORDER_STATE_DRAFT,      /* being put together; not placed */
  SC_ORDER_STATE_OPEN,
  SC_ORDER_STATE_CLOSED,     /* archived: done with; reopen to act on it again */
  SC_ORDER_STATE_CANCELLED,
} ScOrderState;

/* How checkout took the money, as the store's payment settings say. */
typedef enum
{
  SC_ORDER_PAYMENT_MANUAL,     /* bank transfer, cash on delivery: pending until marked as paid */
  SC_ORDER_PAYMENT_AUTHORIZE,  /* card with manual capture: the total is authorized */
  SC_ORDER_PAYMENT_AUTOMATIC,  /* card captured at checkout: paid at once */
} ScOrderPayment;

typedef enum
{
  SC_ORDER_FINANCIAL_PENDING,
  SC_ORDER_FINANCIAL_AUTHORIZED,
  SC_ORDER_FINANCIAL_PARTIALLY_PAID,
  SC_ORDER_FINANCIAL_PAID,
  SC_ORDER_FINANCIAL_PARTIALLY_REFUNDED,
  SC_ORDER_FINANCIAL_REFUNDED,
  SC_ORDER_FINANCIAL_VOIDED,
} ScOrderFinancialStatus;

typedef enum
{
  SC_ORDER_FULFILMENT_UNFULFILLED,
  SC_ORDER_FULFILMENT_PARTIALLY_FULFILLED,
  SC_ORDER_FULFILMENT_FULFILLED,
  SC_ORDER_FULFILMENT_RESTOCKED,
} ScOrderFulfilmentStatus;

/* Shopify's reasons, "staff" (a staff error) included. */
typedef enum
{
  SC_ORDER_CANCEL_CUSTOMER,   /* the customer changed their mind */
  SC_ORDER_CANCEL_FRAUD,
  SC_ORDER_CANCEL_INVENTORY,  /* the items cannot be supplied */
  SC_ORDER_CANCEL_DECLINED,   /* the payment was declined */
  SC_ORDER_CANCEL_STAFF,      /* a staff error */
  SC_ORDER_CANCEL_OTHER,
} ScOrderCancelReason;

typedef enum
{
  SC_ORDER_HOLD_NONE,
  SC_ORDER_HOLD_FRAUD_REVIEW,
  SC_ORDER_HOLD_ADDRESS_VERIFICATION,
  SC_ORDER_HOLD_AWAITING_STOCK,
  SC_ORDER_HOLD_CUSTOMER_REQUEST,
  SC_ORDER_HOLD_PAYMENT_ISSUE,
} ScOrderHoldReason;

/* A set: the analysis at checkout may raise several. */
typedef enum
{
  SC_ORDER_RISK_COUNTRY_MISMATCH       = 1 << 0,
  SC_ORDER_RISK_AVS_MISMATCH           = 1 << 1,
  SC_ORDER_RISK_CVV_MISMATCH           = 1 << 2,
  SC_ORDER_RISK_MANY_PAYMENT_ATTEMPTS  = 1 << 3,
  SC_ORDER_RISK_HIGH_VALUE_FIRST_ORDER = 1 << 4,
  SC_ORDER_RISK_ANONYMOUS_IP           = 1 << 5,
} ScOrderRiskSignals;

#define SC_ORDER_RISK_ALL ((ScOrderRiskSignals) ((1 << 6) - 1))

typedef enum
{
  SC_ORDER_RISK_LOW,
  SC_ORDER_RISK_MEDIUM,
  SC_ORDER_RISK_HIGH,
} ScOrderRiskLevel;

typedef enum
{
  SC_ORDER_SLA_NONE,
  SC_ORDER_SLA_ON_TRACK,
  SC_ORDER_SLA_DUE_SOON,
  SC_ORDER_SLA_OVERDUE,
  SC_ORDER_SLA_MET,
  SC_ORDER_SLA_MISSED,
} ScOrderSla;

/* What a refund does with each item. Shopify's one "no restock" choice
 * means "remove it" for an unshipped item and "let the customer keep it"
 * for a shipped one; here they are two values, so a request for a line
 * that is partly shipped says which units it means. */
typedef enum
{
  SC_ORDER_RESTOCK_NONE,            /* shipped units; the customer keeps them */
  SC_ORDER_RESTOCK_CANCEL,          /* unshipped units, removed and put back on sale */
  SC_ORDER_RESTOCK_REMOVE,          /* unshipped units, removed, not restocked (lost, spoilt) */
  SC_ORDER_RESTOCK_RETURN,          /* shipped units come back sellable */
  SC_ORDER_RESTOCK_RETURN_DAMAGED,  /* shipped units come back not sellable */
} ScOrderRestock;

typedef enum
{
  SC_ORDER_ACTION_EDIT,          /* change a draft's lines and amounts */
  SC_ORDER_ACTION_PLACE,
  SC_ORDER_ACTION_CAPTURE,
  SC_ORDER_ACTION_MARK_AS_PAID,
  SC_ORDER_ACTION_VOID,
  SC_ORDER_ACTION_HOLD,
  SC_ORDER_ACTION_RELEASE_HOLD,
  SC_ORDER_ACTION_FULFIL,
  SC_ORDER_ACTION_CANCEL,
  SC_ORDER_ACTION_REFUND,
  SC_ORDER_ACTION_CLOSE,
  SC_ORDER_ACTION_REOPEN,
  SC_ORDER_ACTION_ADD_TRACKING,  /* set or correct a shipment's carrier and tracking number */
  SC_ORDER_ACTION_NOTIFY,        /* send the customer a message */
} ScOrderAction;

typedef struct
{
  char   *sku;         /* unique in the order; never NULL or empty */
  char   *title;       /* never NULL; may be empty */
  gint64  quantity;    /* ordered: 1 … SC_ORDER_MAX_QUANTITY */
  gint64  unit_price;  /* minor units of the order's currency, ≥ 0 */
  gint64  fulfilled;   /* shipped */
  gint64  removed;     /* taken off before shipping: cancelled, or refunded unshipped */
  gint64  refunded;    /* shipped units refunded, returned or not; ≤ fulfilled */
  gint64  returned;    /* of the refunded units, those that came back; ≤ refunded */
} ScOrderLine;

typedef struct
{
  char   *sku;
  gint64  quantity;  /* > 0 */
} ScOrderShipmentItem;

typedef struct
{
  gint64     shipped_at;
  char      *carrier;   /* NULL until tracking is added */
  char      *tracking;  /* NULL until tracking is added */
  GPtrArray *items;     /* (element-type ScOrderShipmentItem): at least one, SKUs unique */
} ScOrderShipment;

/* A message sent to the customer about the order ("Your parcel is
 * delayed"), as the order's timeline shows it. */
typedef struct
{
  gint64    sent_at;
  char     *text;           /* never blank; at most SC_ORDER_MAX_MESSAGE_LENGTH characters */
  gboolean  from_customer;  /* written by the customer, not sent by the store */
} ScOrderMessage;

/* Plain data: read the fields freely. Change them only through the
 * functions below; a database layer that fills them itself checks the
 * result with sc_order_check (). Times are Unix seconds, UTC; 0 means
 * "not yet". Amounts are minor units of @currency. */
typedef struct
{
  char                *name;               /* "#1001" */
  char                *customer;           /* display name; never NULL */
  const ScCurrency    *currency;
  ScOrderState         state;
  ScOrderPayment       payment;            /* set by sc_order_place () */
  GPtrArray           *lines;              /* (element-type ScOrderLine): in the order added */
  GPtrArray           *shipments;          /* (element-type ScOrderShipment): oldest first */
  gint64               shipping;
  gint64               tax;
  gint64               handling_hours;     /* placed_at to ship_by */
  gint64               placed_at;
  gint64               ship_by;
  gint64               authorized;         /* the authorization's amount, 0 without one */
  gint64               authorized_at;
  gint64               captured;
  gint64               refunded;
  gint64               shipping_refunded;  /* the part of refunded that was shipping */
  gboolean             voided;
  ScOrderHoldReason    hold;
  ScOrderRiskSignals   risk;
  gboolean             reviewed;           /* someone looked at the risk signals */
  ScOrderCancelReason  cancel_reason;      /* meaningful when cancelled */
  gint64               cancelled_at;
  gint64               closed_at;
  gint64               last_shipped_at;
  gint64               fulfilled_at;       /* the last shipment, once nothing is left to ship */
  GPtrArray           *messages;           /* (element-type ScOrderMessage): oldest first */
} ScOrder;

/* One item of a refund request. */
typedef struct
{
  const char     *sku;
  gint64          quantity;  /* > 0 */
  ScOrderRestock  restock;
} ScOrderRefundLine;

GQuark  sc_order_error_quark (void);

/* Making, copying, checking */
ScOrder     *sc_order_new       (const char         *name,
                                 const char         *customer,
                                 const ScCurrency   *currency);
ScOrder     *sc_order_copy      (const ScOrder      *self);
void         sc_order_free      (ScOrder            *self);
gboolean     sc_order_check     (const ScOrder      *self,
                                 GError            **error);
ScOrderLine *sc_order_line_new  (const char         *sku,
                                 const char         *title,
                                 gint64              quantity,
                                 gint64              unit_price);
ScOrderLine *sc_order_line_copy (const ScOrderLine  *line);
void         sc_order_line_free (ScOrderLine        *line);

ScOrderShipment *sc_order_shipment_new      (gint64                  shipped_at,
                                             const char             *carrier,
                                             const char             *tracking);
void             sc_order_shipment_add_item (ScOrderShipment        *shipment,
                                             const char             *sku,
                                             gint64                  quantity);
ScOrderShipment *sc_order_shipment_copy     (const ScOrderShipment  *shipment);
void             sc_order_shipment_free     (ScOrderShipment        *shipment);

ScOrderMessage  *sc_order_message_new       (gint64                  sent_at,
                                             const char             *text);
ScOrderMessage  *sc_order_message_copy      (const ScOrderMessage   *message);
void             sc_order_message_free      (ScOrderMessage         *message);

/* A draft's content */
gboolean  sc_order_add_line           (ScOrder             *self,
                                       const char          *sku,
                                       const char          *title,
                                       gint64               quantity,
                                       ScMoney              unit_price,
                                       GError             **error);
gboolean  sc_order_set_shipping       (ScOrder             *self,
                                       ScMoney              shipping,
                                       GError             **error);
gboolean  sc_order_set_tax            (ScOrder             *self,
                                       ScMoney              tax,
                                       GError             **error);
gboolean  sc_order_set_handling_hours (ScOrder             *self,
                                       gint64               hours,
                                       GError             **error);
void      sc_order_set_risk_signals   (ScOrder             *self,
                                       ScOrderRiskSignals   signals);

/* Lines and quantities */
ScOrderLine *sc_order_find_line            (const ScOrder      *self,
                                            const char         *sku);
gint64       sc_order_line_get_unfulfilled (const ScOrderLine  *line);
gint64       sc_order_count_unfulfilled    (const ScOrder      *self);
gint64       sc_order_count_fulfilled      (const ScOrder      *self);

/* Money */
gboolean  sc_order_get_subtotal             (const ScOrder  *self,
                                             ScMoney        *subtotal,
                                             GError        **error);
gboolean  sc_order_get_total                (const ScOrder  *self,
                                             ScMoney        *total,
                                             GError        **error);
gboolean  sc_order_get_outstanding          (const ScOrder  *self,
                                             ScMoney        *outstanding,
                                             GError        **error);
gboolean  sc_order_get_refundable           (const ScOrder  *self,
                                             ScMoney        *refundable,
                                             GError        **error);
gboolean  sc_order_get_capturable           (const ScOrder  *self,
                                             gint64          now,
                                             ScMoney        *capturable,
                                             GError        **error);
gint64    sc_order_get_authorization_expiry (const ScOrder  *self);
gboolean  sc_order_authorization_expired    (const ScOrder  *self,
                                             gint64          now);

/* Statuses */
ScOrderFinancialStatus   sc_order_get_financial_status  (const ScOrder  *self);
ScOrderFulfilmentStatus  sc_order_get_fulfilment_status (const ScOrder  *self);
ScOrderRiskLevel         sc_order_get_risk_level        (const ScOrder  *self);
gboolean                 sc_order_needs_review          (const ScOrder  *self);
ScOrderSla               sc_order_get_sla               (const ScOrder  *self,
                                                         gint64          now);

/* The rules: whether an action is allowed now, and the reason when not */
gboolean  sc_order_can (const ScOrder  *self,
                        ScOrderAction   action,
                        gint64          now,
                        GError        **error);

/* Operations: all or nothing */
gboolean  sc_order_place            (ScOrder                  *self,
                                     ScOrderPayment            payment,
                                     gint64                    now,
                                     GPtrArray               **moves_out,
                                     GError                  **error);
gboolean  sc_order_capture          (ScOrder                  *self,
                                     ScMoney                   amount,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_mark_as_paid     (ScOrder                  *self,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_void             (ScOrder                  *self,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_hold             (ScOrder                  *self,
                                     ScOrderHoldReason         reason,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_release_hold     (ScOrder                  *self,
                                     gboolean                  reviewed,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_fulfil           (ScOrder                  *self,
                                     const char               *sku,
                                     gint64                    quantity,
                                     gint64                    now,
                                     GPtrArray               **moves_out,
                                     GError                  **error);
gboolean  sc_order_fulfil_remaining (ScOrder                  *self,
                                     gint64                    now,
                                     GPtrArray               **moves_out,
                                     GError                  **error);
gboolean  sc_order_cancel           (ScOrder                  *self,
                                     ScOrderCancelReason       reason,
                                     gboolean                  restock,
                                     gint64                    now,
                                     GPtrArray               **moves_out,
                                     GError                  **error);
gboolean  sc_order_calculate_refund (const ScOrder            *self,
                                     const ScOrderRefundLine  *lines,
                                     guint                     n_lines,
                                     ScMoney                   shipping,
                                     gint64                    now,
                                     ScMoney                  *amount,
                                     GError                  **error);
gboolean  sc_order_refund           (ScOrder                  *self,
                                     const ScOrderRefundLine  *lines,
                                     guint                     n_lines,
                                     ScMoney                   shipping,
                                     gint64                    now,
                                     ScMoney                  *amount,
                                     GPtrArray               **moves_out,
                                     GError                  **error);
gboolean  sc_order_add_tracking     (ScOrder                  *self,
                                     guint                     shipment,
                                     const char               *carrier,
                                     const char               *tracking,
                                     gint64                    now,
                                     GError                  **error);
guint     sc_order_count_untracked  (const ScOrder            *self);
gboolean  sc_order_close            (ScOrder                  *self,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_reopen           (ScOrder                  *self,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_notify           (ScOrder                  *self,
                                     const char               *text,
                                     gint64                    now,
                                     GError                  **error);
gboolean  sc_order_receive          (ScOrder                  *self,
                                     const char               *text,
                                     gint64                    now,
                                     GError                  **error);
guint     sc_order_count_sent       (const ScOrder            *self);
gboolean  sc_order_awaits_reply     (const ScOrder            *self);

/* The canonical text */
void  sc_order_dump (const ScOrder  *self,
                     GString        *out);

/* Names as they are stored and dumped */
const char *sc_order_state_to_string               (ScOrderState              state);
gboolean    sc_order_state_from_string             (const char               *text,
                                                    ScOrderState             *out_state);
const char *sc_order_payment_to_string             (ScOrderPayment            payment);
gboolean    sc_order_payment_from_string           (const char               *text,
                                                    ScOrderPayment           *out_payment);
const char *sc_order_financial_status_to_string    (ScOrderFinancialStatus    status);
gboolean    sc_order_financial_status_from_string  (const char               *text,
                                                    ScOrderFinancialStatus   *out_status);
const char *sc_order_fulfilment_status_to_string   (ScOrderFulfilmentStatus   status);
gboolean    sc_order_fulfilment_status_from_string (const char               *text,
                                                    ScOrderFulfilmentStatus  *out_status);
const char *sc_order_cancel_reason_to_string       (ScOrderCancelReason       reason);
gboolean    sc_order_cancel_reason_from_string     (const char               *text,
                                                    ScOrderCancelReason      *out_reason);
const char *sc_order_hold_reason_to_string         (ScOrderHoldReason         reason);
gboolean    sc_order_hold_reason_from_string       (const char               *text,
                                                    ScOrderHoldReason        *out_reason);
const char *sc_order_risk_signal_to_string         (ScOrderRiskSignals        signal);
gboolean    sc_order_risk_signal_from_string       (const char               *text,
                                                    ScOrderRiskSignals       *out_signal);
const char *sc_order_risk_level_to_string          (ScOrderRiskLevel          level);
gboolean    sc_order_risk_level_from_string        (const char               *text,
                                                    ScOrderRiskLevel         *out_level);
const char *sc_order_sla_to_string                 (ScOrderSla                sla);
gboolean    sc_order_sla_from_string               (const char               *text,
                                                    ScOrderSla               *out_sla);
const char *sc_order_restock_to_string             (ScOrderRestock            restock);
gboolean    sc_order_restock_from_string           (const char               *text,
                                                    ScOrderRestock           *out_restock);
const char *sc_order_action_to_string              (ScOrderAction             action);
gboolean    sc_order_action_from_string            (const char               *text,
                                                    ScOrderAction            *out_action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOrder, sc_order_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOrderLine, sc_order_line_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOrderShipment, sc_order_shipment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScOrderMessage, sc_order_message_free)

G_END_DECLS
