import type { CultureCard } from './card';

/**
 * The "Ambassadører" card from the Core Culture toolkit, as data. Danish is the original
 * wording (../shared/seed/ambassadors-card.da.txt) and is what Danish users see; English is the
 * faithful rendering. Spelling slips in the original ("ambasadør") are corrected.
 */
export const AMBASSADORS_CARD = {
  id: 'ambassadors',
  headline: {
    da: 'Interne ambassadører kan skubbe til dialogerne, bryde vanerne og forankre arbejdsfællesskabet, så I ikke falder tilbage til vante handlinger',
    en: 'Internal ambassadors can push the dialogues, break habits and anchor the workplace community, so you do not fall back into familiar ways',
  },
  title: { da: 'Ambassadører', en: 'Ambassadors' },
  subtitle: {
    da: 'Professionelt arbejde med interne ambassadører fremmer arbejdsfællesskabet',
    en: 'Professional work with internal ambassadors strengthens the workplace community',
  },
  facts: {
    durationMinutes: 180,
    participants: { da: 'Team og udvalgte medarbejdere', en: 'The team and selected employees' },
    tags: ['#målrettetpraksis', '#ambassadører', '#kulturpåvirkning'],
  },
  purpose: {
    da: 'Formålet med at have interne ambassadører er at styrke arbejdsfællesskabet ved at fastholde fokus, påvirke kulturen og bryde vanerne.',
    en: 'The purpose of internal ambassadors is to strengthen the workplace community by keeping the focus, influencing the culture and breaking habits.',
  },
  explanation: [
    {
      da: 'En ambassadør er en medarbejder eller leder, som kan have en væsentlig indflydelse på målgruppens accept af forandringen.',
      en: "An ambassador is an employee or a manager who can significantly influence the target group's acceptance of the change.",
    },
    {
      da: 'I en forandringsproces er ambassadørrollen en af nøglerollerne.',
      en: 'In a change process the ambassador role is one of the key roles.',
    },
    {
      da: 'Virksomheden kan ligeledes anvende ambassadører til intern branding, fx til kulturen omkring arbejdsfællesskab. Medarbejdere har tendens til at lytte mere til kolleger end til ledelsen.',
      en: 'A company can likewise use ambassadors for internal branding, for example for the culture around the workplace community. Employees tend to listen more to colleagues than to management.',
    },
  ],
  quote: {
    text: {
      da: 'At være med til at skubbe til dialogerne og se, hvordan det hjælper mine kollegaer med at komme til enighed og styrke samarbejdet, er en fantastisk oplevelse. Jeg har virkelig oplevet, at det giver grobund for konstruktive dialoger.',
      en: 'Being part of pushing the dialogues, and seeing how it helps my colleagues reach agreement and strengthen their collaboration, is a fantastic experience. It really gives fertile ground for constructive dialogues.',
    },
    attribution: {
      da: 'Bjørn Rhode, HR-konsulent Aarhus Vand',
      en: 'Bjørn Rhode, HR consultant, Aarhus Vand',
    },
  },
  steps: [
    {
      key: 'taskPlan',
      title: { da: 'Plan for ambassadøropgaver', en: 'Plan for ambassador tasks' },
      description: {
        da: 'Start med at lave en plan for, hvilke konkrete opgaver I ønsker, at en arbejdsfællesskabs-ambassadør skal varetage.',
        en: 'Start by planning which concrete tasks you want a workplace-community ambassador to take on.',
      },
    },
    {
      key: 'posting',
      title: { da: 'Ambassadøropslag', en: 'Ambassador posting' },
      description: {
        da: 'Lav et internt jobopslag, hvor I beskriver ansvar og forventninger til en arbejdsfællesskabs-ambassadør. I kan evt. opfordre bestemte medarbejdere til at søge rollen.',
        en: 'Write an internal job posting that describes the responsibility and the expectations of a workplace-community ambassador. You may encourage particular employees to apply for the role.',
      },
    },
    {
      key: 'agreement',
      title: { da: 'Forventningsafstemning', en: 'Expectation alignment' },
      description: {
        da: 'Når I har fundet jeres arbejdsfællesskabs-ambassadører, skal I forventningsafstemme, så relationen mellem jer og ambassadøren er tydelig, og formålet er klart. Alle skal forstå deres rolle, ansvar og forventninger til deres indsats.',
        en: 'When you have found your ambassadors, align expectations so that the relationship between you and the ambassador is clear and the purpose is clear. Everyone must understand their role, their responsibility and what is expected of their effort.',
      },
    },
    {
      key: 'training',
      title: { da: 'Mindset', en: 'Mindset' },
      description: {
        da: "Design et reelt uddannelsesforløb, hvor I klæder jeres nye 'arbejdsfællesskabs-ambassadører' på. I kan finde inspiration i 'Vidensbank i Core Culture' eller andre indsatser i Core Culture værktøjet.",
        en: 'Design a real training programme that equips your new ambassadors. Inspiration: the "Knowledge bank" in Core Culture, or other initiatives in the Core Culture tool.',
      },
    },
    {
      key: 'meetings',
      title: { da: 'Møder', en: 'Meetings' },
      description: {
        da: 'Ind imellem skal I mødes med jeres ambassadører for at tale om fremdrift, udfordringer og succeser.',
        en: 'Meet with your ambassadors from time to time to talk about progress, challenges and successes.',
      },
    },
  ],
  watchOuts: [
    {
      key: 'limitPeriod',
      title: { da: 'Begræns perioden', en: 'Limit the period' },
      description: {
        da: "Det er vigtigt at 'ambassadørrollen' er en begrænset periode, så ambassadøren ikke får en uønsket positionering efterfølgende.",
        en: 'The ambassador role must be for a limited period, so that the ambassador does not end up with an unwanted position afterwards.',
      },
    },
    {
      key: 'alignMessages',
      title: { da: 'Ensret budskaberne', en: 'Align the messages' },
      description: {
        da: 'Har I flere ambassadører, så hold møde med dem en gang om måneden for at ensrette de budskaber, der implementeres i virksomheden.',
        en: 'With several ambassadors, meet with them once a month to align the messages being carried into the company.',
      },
    },
    {
      key: 'feedback',
      title: { da: 'Få feedback undervejs', en: 'Get feedback along the way' },
      description: {
        da: 'Det er vigtigt, at I får læring undervejs. Overvej om ambassadørernes feedback giver anledning til at ændre kurs i forandringsprocessen.',
        en: "Learn as you go. Consider whether the ambassadors' feedback is a reason to change course in the change process.",
      },
    },
  ],
  managementQuestions: [
    {
      key: 'selectAmbassadors',
      title: { da: 'Udvælg ambassadører', en: 'Select ambassadors' },
      questions: [
        {
          da: 'Er der medarbejdere, vi godt kunne tænke os søgte ambassadørrollen?',
          en: 'Are there employees we would like to see apply for the ambassador role?',
        },
        {
          da: 'Hvorfor har vi valgt de bestemte ambassadører?',
          en: 'Why have we chosen these particular ambassadors?',
        },
      ],
    },
    {
      key: 'passOnInformation',
      title: { da: 'Videregiv information', en: 'Pass on information' },
      questions: [
        {
          da: "Skal ambassadørerne fortælle os om de situationer, hvor de aktivt må 'forholde sig'?",
          en: 'Should the ambassadors tell us about the situations where they actively have to "take a stand"?',
        },
      ],
    },
    {
      key: 'scopeOfRole',
      title: { da: 'Rollens omfang', en: 'Scope of the role' },
      questions: [
        { da: 'Hvornår trækker vi ambassadørerne tilbage?', en: 'When do we withdraw the ambassadors?' },
      ],
    },
  ],
  factBox: {
    title: { da: 'Hjælp til ambassadørrollen', en: 'Help for the ambassador role' },
    text: {
      da: "Der er udviklet programmer, der kan hjælpe en virksomhed med at etablere et ambassadørkorps. Søg på 'employees advocacy'.",
      en: 'Programs exist that help a company set up an ambassador corps: search for "employee advocacy".',
    },
  },
} as const satisfies CultureCard;

export const STEP_KEYS = ['taskPlan', 'posting', 'agreement', 'training', 'meetings'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const MANAGEMENT_QUESTION_KEYS = ['selectAmbassadors', 'passOnInformation', 'scopeOfRole'] as const;
export type ManagementQuestionKey = (typeof MANAGEMENT_QUESTION_KEYS)[number];

export const WATCH_OUT_KEYS = ['limitPeriod', 'alignMessages', 'feedback'] as const;
export type WatchOutKey = (typeof WATCH_OUT_KEYS)[number];
