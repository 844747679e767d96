/**
 * Follow-up cycles of the agreement: EST (the weekly shared picture and its analyses), local BRÅ, the follow-up at
 * central BRÅ and the lägesbild and action plan of law 2023:196. Owns {@code bpmn/followup/} and
 * {@code forms/followup/}.
 */
package se.samverka.followup;
