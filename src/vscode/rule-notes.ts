/**
 * Why each rule matters, in one or two sentences, for hovers and the summary. Text data only;
 * the docs pages (docs/rules/<id>.md) say more.
 */
export const WHY_IT_MATTERS: Readonly<Record<string, string>> = {
  'anonymous-source':
    'Readers cannot weigh a source they cannot identify. Name the source, or say why anonymity was granted and what puts the source in a position to know.',
  quote: 'A direct quotation puts words in someone’s mouth; the speaker should be clear and, where possible, the quote checkable against a source.',
  'unattributed-quote': 'A quotation with no speaker cannot be checked, and readers may take it for the reporter’s own claim or for a fact.',
  promotional: 'Text that sells a product, channel or the outlet itself is not reporting; readers should be able to tell the two apart.',
  'claim-conflict': 'Other coverage of the same event gives a different value. Check the fact against the sources before publishing, or explain the difference.',
};
