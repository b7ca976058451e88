import { z } from "zod";

export const PASSWORD_MIN = 10;
// argon2 hashes any length, but an unbounded input is a cheap denial of service.
export const PASSWORD_MAX = 200;

// The most common passwords of the public breach lists (lower-case). Most are
// shorter than the minimum already; the list catches the long ones and their
// capitalised variants ("Password123").
export const commonPasswords: ReadonlySet<string> = new Set([
  "123456", "123456789", "12345678", "password", "qwerty", "123123", "12345", "1234567", "111111",
  "1234567890", "000000", "abc123", "password1", "iloveyou", "qwerty123", "1q2w3e4r", "admin", "qwertyuiop",
  "654321", "555555", "lovely", "7777777", "welcome", "888888", "princess", "dragon", "123qwe", "sunshine",
  "666666", "football", "monkey", "charlie", "aa123456", "donald", "letmein", "1qaz2wsx", "baseball",
  "shadow", "master", "superman", "trustno1", "michael", "passw0rd", "starwars", "whatever", "zaq12wsx",
  "password123", "password1234", "password12", "1234512345", "0987654321", "1111111111", "0000000000",
  "1q2w3e4r5t", "1q2w3e4r5t6y", "qwerty1234", "qwertyuiop1", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123",
  "iloveyou12", "iloveyou123", "princess123", "football123", "baseball123", "sunshine123", "welcome123",
  "welcome1234", "letmein123", "monkey1234", "dragon1234", "superman123", "starwars123", "trustno1234",
  "qwe123qwe123", "abc1234567", "abcdefghij", "abcd123456", "a1b2c3d4e5", "qazwsxedc123", "qazwsxedcrfv",
  "1qaz2wsx3edc", "123qweasdzxc", "changeme123", "administrator", "admin12345", "admin123456",
  "computer123", "internet123", "michael123", "jennifer123", "1234qwerasdf", "q1w2e3r4t5",
  "q1w2e3r4t5y6", "9876543210", "12341234", "123456789a", "123456789q", "passwordpassword",
  "instagram123", "facebook123", "socialmedia", "socialmedia1", "socialmedia123",
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.trim().toLowerCase());
}

/** A new password: never trimmed; messages are keys of `auth.validation`. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, "passwordTooShort")
  .max(PASSWORD_MAX, "passwordTooLong")
  .refine((password) => !isCommonPassword(password), "passwordCommon");
