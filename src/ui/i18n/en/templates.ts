/**
 * English messages of the template gallery. `templates.item.<id>.*` repeat
 * each template's own name and description (src/domain/templates/<id>.json,
 * which stay valid exports); a test keeps them equal to the files and makes
 * sure every template has them in both languages.
 */
export const templates = {
  'templates.title': 'Start from a template',
  'templates.list': 'Templates',
  'templates.loading': 'Loading templates…',
  'templates.shopifyOnly': 'Shopify only',
  'templates.notInstalled': ' · not installed',
  'templates.runsIn': 'Could run today in {stores}.',
  'templates.cannotRunBefore': "Can't run in any store yet: install {apps} in a store on the ",
  'templates.cannotRunAfter': ' page.',
  'templates.and': ' and ',
  'templates.use': 'Use template',
  'templates.useNamed': 'Use template {name}',
  'templates.item.age-check-new-orders.name': "New orders: verify the customer's age",
  'templates.item.age-check-new-orders.description':
    'Run an AgeChecked verification on every new order (AgeChecked needs the order ID, which Order created provides).',
  'templates.item.birthday-sms.name': 'Birthday: send an SMS',
  'templates.item.birthday-sms.description':
    "On a loyalty member's birthday, send a greeting by SMS through FirePush (the number must be in E.164 format).",
  'templates.item.demand-to-sheet.name': 'Back-in-stock demand: log it in Google Sheets',
  'templates.item.demand-to-sheet.description':
    'When demand for a sold-out variant changes in Back in Stock, add a row to a purchasing sheet.',
  'templates.item.email-typo-tag.name': 'E-mail typo: tag the customer',
  'templates.item.email-typo-tag.description':
    "When Typoly finds a typo in a customer's e-mail domain, tag the customer so the team can confirm the right address.",
  'templates.item.klevu-boost-in-stock.name': 'Stock back: boost the product in Klevu search',
  'templates.item.klevu-boost-in-stock.description':
    "When inventory comes back, promote the product in Klevu's search results (Klevu allows this only with Inventory quantity changed).",
  'templates.item.low-loox-rating.name': 'Low Loox rating: alert, otherwise thank',
  'templates.item.low-loox-rating.description':
    'A Loox review under 3 stars goes to Slack; a good one tags the customer as a happy reviewer.',
  'templates.item.negative-review-to-slack-and-asana.name': 'Negative review: alert the team and open a task',
  'templates.item.negative-review-to-slack-and-asana.description':
    'When REVIEWS.io receives a negative company review, post it to Slack and open an Asana task so someone replies within a day.',
  'templates.item.new-candidate-to-slack.name': 'New job candidate: tell the hiring channel',
  'templates.item.new-candidate-to-slack.description':
    'When ShopHire receives an application, post the candidate to #hiring with a link to the CV.',
  'templates.item.new-customer-to-omnisend.name': 'New customer: sync to Omnisend',
  'templates.item.new-customer-to-omnisend.description':
    'When a customer account is created, create or update the contact in Omnisend, tagged by marketing consent.',
  'templates.item.nps-to-sheet.name': 'NPS answers: collect them in a sheet',
  'templates.item.nps-to-sheet.description':
    'Every Net Promoter Score collected by Stamped.io is added to a Google Sheet; detractors also alert Slack.',
  'templates.item.tier-up-to-klaviyo.name': 'Loyalty tier up: tell Klaviyo',
  'templates.item.tier-up-to-klaviyo.description':
    'When LoyaltyLion moves a customer up a tier, track a Klaviyo event so a tier-up e-mail flow can congratulate them.',
  'templates.item.vip-orders.name': 'Big paid orders: tag VIP and tell the team',
  'templates.item.vip-orders.description': 'When an order over 500 is paid, tag it VIP and post it to Slack.',
  'templates.item.yotpo-bad-review-card.name': 'Bad Yotpo review: Trello card for follow-up',
  'templates.item.yotpo-bad-review-card.description':
    'A Yotpo review of 2 stars or less becomes a card on the customer-care board.',
  // Lists (issue 14).
  'templates.item.presale-product-tags.name': 'Tag every line item\'s product in presale orders',
  'templates.item.presale-product-tags.description':
    'When an order is created, go through its line items: each item whose product is tagged presale gets its product tagged presale-ordered, so the presale products people ordered are easy to find.',
  // Workflow error occurred (issue 14)
  'templates.item.error-handler-to-slack.name': 'Error handler: tell Slack when a workflow fails',
  'templates.item.error-handler-to-slack.description':
    'When another workflow’s run fails, post its name, the failed step and the error to #flow-errors, with a link to the run. Flow sends it once per failing workflow version within 30 days.',
  // Run code
  'templates.item.loyalty-points-run-code.name': 'Loyalty points computed in Run code',
  'templates.item.loyalty-points-run-code.description':
    "When an order is paid, Run code works out its loyalty points and tier from the order's total; an order that earns points gets them in LoyaltyLion and a tag with its tier.",
  'templates.item.daily-unfulfilled-orders-email.name': 'Daily report of unfulfilled orders by e-mail',
  'templates.item.daily-unfulfilled-orders-email.description':
    "Every morning at 8:00, e-mail the team a list of the store's open orders that are not fulfilled yet.",
} as const;
