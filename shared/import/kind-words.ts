// The words that carry praise and shortfall in inspection prose, with weights. Phrases are matched
// on folded text as whole words; a praise word under a negation ("not always timely") counts as
// shortfall. Kept apart from the rules that use them so they can be read and extended.

/** Shortfall: what a careful reader takes as "this needs to get better". */
export const SHORTFALL: Readonly<Record<string, number>> = {
  'inadequate': 2, 'poor': 2, 'poorly': 2, 'weak': 2, 'weaker': 1.5, 'weakness': 2, 'weaknesses': 2, 'ineffective': 2, 'not effective': 2,
  'not good enough': 2, 'not strong enough': 2, 'not robust': 2, 'not rigorous enough': 2, 'not well developed': 2, 'underdeveloped': 2, 'under developed': 2,
  'too long': 2, 'too slow': 2, 'too slowly': 2, 'too many': 1.5, 'too few': 1.5, 'too late': 2, 'too often': 1.5, 'too variable': 2, 'too high': 1.5,
  'delay': 1.5, 'delays': 1.5, 'delayed': 1.5, 'drift': 1.5, 'wait too long': 2, 'waiting': 0.5,
  'not always': 1.5, 'not consistently': 1.5, 'not sufficiently': 1.5, 'insufficiently': 1.5, 'not fully': 1, 'not yet': 1.5, 'not enough': 1.5, 'not as': 1, 'not all': 1.5,
  'insufficient': 1.5, 'inconsistent': 1.5, 'inconsistently': 1.5, 'inconsistency': 1.5, 'variable': 1.5, 'variability': 1.5, 'varies': 1, 'vary': 1,
  'lack of': 1.5, 'lacks': 1.5, 'lack': 1.5, 'lacking': 1.5, 'limited': 1, 'limits': 1, 'absence of': 1.5, 'no evidence': 1.5,
  'does not': 1, 'do not': 1, 'did not': 1, 'is not': 1, 'are not': 1, 'has not': 1, 'have not': 1, 'was not': 1, 'were not': 1, 'cannot': 1, 'cannot be assured': 2,
  'fail': 1.5, 'fails': 1.5, 'failed': 1.5, 'failing': 1.5, 'failures': 2, 'shortfall': 2, 'shortfalls': 2, 'deficits': 2, 'deficiencies': 2, 'gaps': 1, 'gap': 1,
  'deteriorated': 2, 'deterioration': 2, 'unclear': 1, 'unassessed': 2, 'left at risk': 2, 'missed': 1, 'slow': 1.5, 'less effective': 1.5, 'less consistent': 1.5,
  'less focused': 1.5, 'more needs to be done': 2, 'more work': 1.5, 'further work': 1.5, 'more to do': 1.5, 'still more to do': 2, 'needs to improve': 2,
  'need to improve': 2, 'needs to be': 1, 'requires improvement': 1.5, 'require improvement': 1.5, 'requires further improvement': 2, 'area for development': 1.5,
  'remain a challenge': 1.5, 'remains a challenge': 1.5, 'challenge': 0.5, 'challenges': 0.5, 'hindered': 1.5, 'hampered': 1.5, 'undermine': 2, 'undermines': 2,
  'concern': 0.5, 'concerns': 0.5, 'unnecessary': 1, 'unnecessarily': 1, 'over-optimistic': 1.5, 'cursory': 1.5, 'reactive': 1, 'too soon': 1, 'too early': 1,
  'rarely': 1, 'unlawful': 2, 'unregistered': 1, 'instability': 1.5, 'not timely': 2, 'uncertainty': 1, 'descriptive': 1, 'struggled': 1.5, 'struggling': 1.5,
  'remain key issues': 1.5, 'key issues remain': 1.5, 'do not have': 1.5, 'does not have': 1.5, 'nor': 1, 'remains low': 1.5, 'remain low': 1.5, 'has yet to': 1.5, 'have yet to': 1.5, 'is yet to': 1.5, 'would wish': 1.5, 'greater attention is required': 2, 'is required': 1, 'are required': 1,
  'too soon to see': 1.5, 'too early to see': 1.5, 'early stage': 0.5, 'no systems': 1.5, 'not in place': 1.5, 'not meeting': 2, 'does not meet': 2, 'do not meet': 2, 'to be addressed': 1, 'impact is limited': 2, 'is limited': 1, 'are limited': 1, 'lost focus': 2, 'low': 0.5, 'declined': 1.5, 'widening': 1.5, 'widened': 1.5, 'angry': 1, 'frustrated': 1,
  'unhelpful': 1.5, 'out of date': 1.5, 'do not all': 1.5, 'does not all': 1.5, 'are not all': 1.5, 'did not all': 1.5, 'more to be done': 2,
};

/** Praise: what a careful reader takes as "this works for children". */
export const PRAISE: Readonly<Record<string, number>> = {
  'outstanding': 2, 'exceptional': 2, 'exceptionally': 2, 'excellent': 2, 'impressive': 2, 'highly effective': 2, 'significant strength': 2, 'key strength': 2,
  'strength': 1.5, 'strengths': 1, 'strong': 1.5, 'strongly': 1, 'effective': 1.5, 'effectively': 1.5, 'well': 1, 'good': 1, 'good-quality': 1.5, 'high-quality': 1.5,
  'high quality': 1.5, 'timely': 1, 'robust': 1.5, 'benefit': 1, 'benefits': 1, 'benefit from': 1.5, 'positive': 1, 'positively': 1, 'improved': 1, 'improving': 0.5,
  'comprehensive': 1, 'skilled': 1, 'skilful': 1, 'thorough': 1, 'thoroughly': 1, 'swift': 1, 'swiftly': 1, 'prompt': 1, 'promptly': 1, 'appropriate': 0.5,
  'appropriately': 0.5, 'committed': 1, 'ambitious': 1, 'sensitive': 1, 'sensitively': 1, 'creative': 1, 'creatively': 1, 'consistent': 0.5, 'consistently': 0.5,
  'clear': 0.5, 'stable': 1, 'well-established': 1, 'carefully': 1, 'rapid': 0.5, 'responsive': 1, 'thoughtful': 1, 'strengthened': 1, 'valued': 1, 'tenacious': 1,
  'tenacity': 1, 'proud': 1, 'pride': 1, 'celebrated': 1, 'meaningful': 1, 'purposeful': 1, 'child-centred': 1, 'child-focused': 1, 'enduring': 1, 'trusting': 1,
  'warm': 1, 'warmth': 1, 'caring': 0.5, 'incorporated': 0.5, 'increasingly': 0.5, 'rigorous': 1, 'rigour': 1, 'successful': 1, 'successfully': 1, 'safe': 0.5, 'safely': 0.5, 'helpful': 1, 'well supported': 1.5,
  'know them well': 1.5, 'knows them well': 1.5, 'well embedded': 1, 'embedded': 0.5, 'innovative': 1, 'seamless': 1, 'seamlessly': 1, 'diligent': 1, 'persistent': 1,
  'determined': 1, 'dedicated': 1, 'invaluable': 1.5, 'well attended': 1, 'well-attended': 1, 'reduced': 0.5, 'reduces': 0.5, 'increase': 0.3, 'increased': 0.5,
  'no delay': 1.5, 'without delay': 1.5, 'without unnecessary delay': 1.5, 'no drift': 1.5, 'happy': 1, 'thrive': 1, 'sustained': 1, 'secure': 0.5, 'mature': 1,
  'confident': 1, 'capable': 1, 'accurate': 1, 'accurately': 1, 'welcomed': 0.5, 'proactive': 1, 'proactively': 1, 'advocate': 0.5, 'improvement': 0, 'improvements': 0.5, 'value': 0.5, 'quickly': 1, 'on time': 1, 'no longer inadequate': 2, 'opportunities': 0.5, 'listen': 0.5, 'listened': 0.5, 'listens': 0.5,
  'helped': 0.5, 'supported': 0.5, 'involved': 0.5, 'actively': 0.5, 'championing': 1, 'in touch': 0.5, 'encouraged': 0.5, 'understand': 0.3, 'understood': 0.5,
  'significant progress': 1.5, 'worked hard': 1, 'continuity': 0.5, 'fully': 0.3, 'regularly': 0.5, 'regular': 0.3, 'routinely': 0.5, 'improvement in': 0.5,
  'making progress': 1, 'make progress': 1, 'made progress': 1, 'good progress': 1.5, 'up to date': 1, 'up-to-date': 1, 'detailed': 0.5,
};

/** Words that turn the praise word after them (within a few words) into a shortfall. */
export const NEGATORS = /\b(?:not|no|never|nor|lack of|lacks|lacking|absence of|less|without)\b/;

/** Quantities that soften a sentence: "a very small number of children wait" is a minor shortfall. */
export const FEW = /\b(?:a (?:very )?small number|a (?:very )?few|one or two|a minority|isolated|rare|on (?:rare )?occasions?|occasionally|at times|a small minority)\b/;
/** Quantities that widen it: "too many children", "most children" (praise of most). */
export const MOST = /\b(?:the (?:vast |large )?majority|most|almost all|nearly all|all)\b/;
