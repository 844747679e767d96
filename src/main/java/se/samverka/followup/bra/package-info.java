/**
 * Local BRÅ ({@code bra-lokal}) and the lägesbild and action plan of law 2023:196 ({@code lagesbild-atgardsplan}): the
 * processes' keys and variables, their schedule and quarters, offered to the demo data and to later follow-up work.
 */
@org.springframework.modulith.NamedInterface("bra")
package se.samverka.followup.bra;
