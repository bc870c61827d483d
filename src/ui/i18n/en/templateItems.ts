/**
 * English names and descriptions of the templates (`templateItems.<id>.*`):
 * they repeat each template's own name and description
 * (src/domain/templates/<id>.json, which stay valid exports); a test keeps
 * them equal to the files and makes sure every template has them in both
 * languages. An area of its own, loaded with the gallery's cards and the tour.
 */
export const templateItems = {
  'templateItems.age-check-new-orders.name': "New orders: verify the customer's age",
  'templateItems.age-check-new-orders.description':
    'Run an AgeChecked verification on every new order (AgeChecked needs the order ID, which Order created provides).',
  'templateItems.birthday-sms.name': 'Birthday: send an SMS',
  'templateItems.birthday-sms.description':
    "On a loyalty member's birthday, send a greeting by SMS through FirePush (the number must be in E.164 format).",
  'templateItems.demand-to-sheet.name': 'Back-in-stock demand: log it in Google Sheets',
  'templateItems.demand-to-sheet.description':
    'When demand for a sold-out variant changes in Back in Stock, add a row to a purchasing sheet.',
  'templateItems.email-typo-tag.name': 'E-mail typo: tag the customer',
  'templateItems.email-typo-tag.description':
    "When Typoly finds a typo in a customer's e-mail domain, tag the customer so the team can confirm the right address.",
  'templateItems.klevu-boost-in-stock.name': 'Stock back: boost the product in Klevu search',
  'templateItems.klevu-boost-in-stock.description':
    "When inventory comes back, promote the product in Klevu's search results (Klevu allows this only with Inventory quantity changed).",
  'templateItems.low-loox-rating.name': 'Low Loox rating: alert, otherwise thank',
  'templateItems.low-loox-rating.description':
    'A Loox review under 3 stars goes to Slack; a good one tags the customer as a happy reviewer.',
  'templateItems.negative-review-to-slack-and-asana.name': 'Negative review: alert the team and open a task',
  'templateItems.negative-review-to-slack-and-asana.description':
    'When REVIEWS.io receives a negative company review, post it to Slack and open an Asana task so someone replies within a day.',
  'templateItems.new-candidate-to-slack.name': 'New job candidate: tell the hiring channel',
  'templateItems.new-candidate-to-slack.description':
    'When ShopHire receives an application, post the candidate to #hiring with a link to the CV.',
  'templateItems.new-customer-to-omnisend.name': 'New customer: sync to Omnisend',
  'templateItems.new-customer-to-omnisend.description':
    'When a customer account is created, create or update the contact in Omnisend, tagged by marketing consent.',
  'templateItems.nps-to-sheet.name': 'NPS answers: collect them in a sheet',
  'templateItems.nps-to-sheet.description':
    'Every Net Promoter Score collected by Stamped.io is added to a Google Sheet; detractors also alert Slack.',
  'templateItems.tier-up-to-klaviyo.name': 'Loyalty tier up: tell Klaviyo',
  'templateItems.tier-up-to-klaviyo.description':
    'When LoyaltyLion moves a customer up a tier, track a Klaviyo event so a tier-up e-mail flow can congratulate them.',
  'templateItems.vip-orders.name': 'Big paid orders: tag VIP and tell the team',
  'templateItems.vip-orders.description': 'When an order over 500 is paid, tag it VIP and post it to Slack.',
  'templateItems.yotpo-bad-review-card.name': 'Bad Yotpo review: Trello card for follow-up',
  'templateItems.yotpo-bad-review-card.description':
    'A Yotpo review of 2 stars or less becomes a card on the customer-care board.',
  // Lists (issue 14).
  'templateItems.presale-product-tags.name': 'Tag every line item\'s product in presale orders',
  'templateItems.presale-product-tags.description':
    'When an order is created, go through its line items: each item whose product is tagged presale gets its product tagged presale-ordered, so the presale products people ordered are easy to find.',
  // Workflow error occurred (issue 14)
  'templateItems.error-handler-to-slack.name': 'Error handler: tell Slack when a workflow fails',
  'templateItems.error-handler-to-slack.description':
    'When another workflow’s run fails, post its name, the failed step and the error to #flow-errors, with a link to the run. Flow sends it once per failing workflow version within 30 days.',
  // Run code
  'templateItems.loyalty-points-run-code.name': 'Loyalty points computed in Run code',
  'templateItems.loyalty-points-run-code.description':
    "When an order is paid, Run code works out its loyalty points and tier from the order's total; an order that earns points gets them in LoyaltyLion and a tag with its tier.",
  'templateItems.daily-unfulfilled-orders-email.name': 'Daily report of unfulfilled orders by e-mail',
  'templateItems.daily-unfulfilled-orders-email.description':
    "Every morning at 8:00, e-mail the team a list of the store's open orders that are not fulfilled yet.",
} as const;
