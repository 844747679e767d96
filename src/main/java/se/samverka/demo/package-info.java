/**
 * Demo data for profile {@code demo}: SSPF cases in different states, made through the same engine calls a user makes,
 * so that every SSPF demo account has work on first login. Owns no BPMN files.
 */
package se.samverka.demo;
